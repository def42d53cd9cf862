"""Names vulture reports as unused that something outside the Python call graph uses.

vulture (``[tool.vulture]`` in pyproject.toml, run by scripts/bootstrap.py test) reads this
file with the code: a name mentioned here counts as used. Every entry says who uses it.
Functions registered by a decorator (FastAPI routes and handlers, pydantic validators, the
typer callback) are not listed: ``ignore_decorators`` covers them. A name that is really
unused is deleted, not added here.
"""

_ = object()

# --- pydantic and FastAPI read these ------------------------------------------------------
# fields of the API's response models (api/models.py): FastAPI serialises every field, and
# OpenAPI publishes them; no Python code reads them by name
_.by_issuer, _.by_kind, _.most_cited  # Stats
_.cited_in_files  # missing documents of Gaps
_.deadline_end  # task rows of Gaps
_.died, _.killed_at_deadline, _.follows_writer  # Health.query_workers
_.earlier_sources  # DocumentDetail
_.parent_label, _.unit_label, _.successor_units  # AgencyDetail / SearchHit
_.missing_documents, _.symbol_clashes, _.tasks_without_lead, _.tasks_without_national_basis  # Gaps
_.reasons  # GapTask
_.model_config  # pydantic's class configuration (api/models.py, api/settings.py)
# members of the query-parameter enums (api/routes/rest.py): FastAPI validates values against them
_.district  # Level
_.no_national_basis  # GapReason
# attributes libraries read
_.autoescape  # jinja2 Environment (api/routes/explorer.py)
_.spool_max_size  # starlette MultiPartParser (api/routes/rest.py)
_.orientation, _.paperSize, _.fitToWidth, _.fitToHeight, _.fitToPage  # openpyxl page setup (report/write.py)
_.creator  # openpyxl workbook properties (report/write.py)
_.should_exit  # uvicorn.Server stops when it is set (tests/test_api_sparql.py, tests/test_browser.py)
_.pytestmark  # pytest reads a module's marks from it (tests)
_.tesseract  # a pytest fixture, requested by naming it as a test's parameter (tests/test_loaders_ocr.py)
_.__getattr__  # a module's lazy attributes (PEP 562, viz/__init__.py)

# --- records and interfaces -----------------------------------------------------------------
# fields of the extraction record (loaders/records.py): `cancu extract` writes them
# (dataclasses.asdict), loaders/schema/extract.schema.json declares them, the gold compares them
_.signer_capacity, _.signer_title, _.number_blank
_.skew  # OcrPage: the degrees an OCR page was turned by, recorded with its words and time (formats/ocr.py)
_.status_label  # a column of the task report (report/rows.py COLUMNS names it as a string)
# what graph/canonical.py's update() did: returned to callers and passed to their progress callback
_.removed, _.closure_nodes
_.Reader  # the typing.Protocol that SparqlReader and IndexReader implement (graph/reader.py)
# the Store members docs/architecture.md documents for callers of the first release
_.supports_transactions, _.supports_named_graphs, _.supports_text_search
_.source_slice  # MappedText's way back to the source, shown in normalize_chars' doctest
_.rebuild_lineage  # benchmarks/ab_index.py calls it from a script it runs against two checkouts
_._finalizer  # keeps the pool's weakref.finalize alive: it kills the workers at collection
