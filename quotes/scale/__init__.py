"""Beyond one machine: the ingest as three steps that a Dask cluster runs.

1. ``shards``: extraction mapped over input files; each writes its articles
   and, split by speaker block, its quotes as Parquet.
2. ``blocks``: speakers resolved across articles, one group of blocks at a
   time, by the same resolver and store an ingest uses, replayed in input
   order with the input's batch boundaries; each group's result is a small
   SQLite file.
3. ``load``: the groups' speakers, aliases, quotes, roles and logs bulk-
   loaded into one database, the full-text index built once.

``runner`` starts or joins the cluster and runs them. Only ``runner``
imports Dask; the steps are plain functions a worker calls.
"""
