"""The `graphml` export: the briefing as a graph for Gephi, yEd or Cytoscape, through networkx.

Every side, participant, event and topic is a node (`kind`, `label`, `side`, and for events the
dates, status and certainty); every link is an edge with its `relation` (a participant's side and
organisation, an event's participants and topics, a topic's parent). Text is made visible: XML 1.0
cannot hold most control characters, and networkx escapes the rest.
"""

from __future__ import annotations

from typing import Any

from briefing_tui.export.common import one_line
from briefing_tui.format.dates import date_range
from briefing_tui.format.model import Briefing, Event, Item, Participant, Topic


def build_graph(briefing: Briefing) -> Any:
    """The networkx graph of the briefing (undirected, like the reader's links)."""
    import networkx as nx

    graph = nx.Graph(name=one_line(briefing.document.title))
    for item in briefing.items.values():
        graph.add_node(item.id, **_attributes(item))
    ids = briefing.items

    def link(a: str, b: str | None, relation: str) -> None:
        if b is not None and b in ids and a != b:
            graph.add_edge(a, b, relation=relation)

    for participant in briefing.participants:
        link(participant.id, participant.side, "side")
        link(participant.id, participant.org, "organization")
    for event in briefing.events:
        for other in event.participants:
            link(event.id, other, "participant")
        for other in event.topics:
            link(event.id, other, "topic")
    for topic in briefing.topics:
        link(topic.id, topic.parent, "parent")
    return graph


def _attributes(item: Item) -> dict[str, str]:
    found = {"kind": item.item_kind.value, "label": one_line(item.label), "side": ""}
    if isinstance(item, Participant):
        found["side"] = item.side or ""
        found["type"] = item.kind.value
        found["roles"] = "; ".join(one_line(role) for role in item.roles)
    elif isinstance(item, Event):
        found["status"] = item.status.value
        found["certainty"] = item.certainty.value
        found["when"] = one_line(item.when.text)
        found["dates"] = date_range(item.when)
        found["start"] = item.when.earliest.isoformat() if item.when.earliest else ""
        found["end"] = item.when.latest.isoformat() if item.when.latest else ""
    elif isinstance(item, Topic):
        found["certainty"] = item.certainty.value
    return found


def render(briefing: Briefing) -> str:
    """The GraphML document."""
    import networkx as nx

    return "\n".join(nx.generate_graphml(build_graph(briefing), prettyprint=True)) + "\n"
