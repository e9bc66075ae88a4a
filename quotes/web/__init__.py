"""The speaker database in a web page: Datasette with this project's
configuration (``metadata``), its charts (``chart``), its pages (the
``plugin`` package, a Datasette plugin) and the ``quotes serve`` runner
(``server``). Only ``plugin`` and ``server`` import Datasette."""
