"""The reader's screens: the main five-pane screen and the help screen."""
