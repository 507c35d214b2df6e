"""Drafting a briefing from a news article, offline (`briefing-tui draft`). No Textual here.

The steps, one module each: `article` (read a file safely; `html` takes a saved page's text out
with trafilatura), `dateline` (day and place), `sentences` and `tokens` (offsets, tense,
capitalised runs), `timex` with `calendar` and `timevalue` (news time phrases -> the format's
EDTF subset + mod, resolved from the dateline by tense), `people`, `bodies` and `participants`
(people with roles, organisations, countries, sides; word lists in `lexicon` and `countries`),
`events` with `hedges` (status and certainty), `topics`, `anchor` (verbatim, unambiguous
quotes), `writer` (the YAML, checked by loading it with `briefing_tui.format.loader.load`),
`build` (the steps in order), `command` (the CLI), `reader` and `save` (the reader's in-memory
draft and its save key), `score` (recall and precision against a gold list), `bench` (draft_ms).
"""
