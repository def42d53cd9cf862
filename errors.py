"""The errors a cancu user can cause, one class per failure.

Every error a user can provoke (a bad file, a malformed query, an unknown id)
is a :class:`CancuError`, so the command line and the API can turn it into a
clear message or an HTTP problem response instead of a traceback::

    CancuError
    ├── InputError                  the input file cannot be used
    │   ├── UnreadableFileError     missing, unreadable, binary or empty
    │   ├── LegacyEncodingError     TCVN3 / VNI text that is refused
    │   ├── NeedsOCRError           a scanned PDF and no OCR engine (tesseract + vie) to read it
    │   ├── OcrLimitError           a scan over the OCR page or time limit of one file
    │   ├── UnsupportedFormatError  a format cancu does not read
    │   │   └── LegacyWordError     a Word 97-2003 .doc that cannot be read (no LibreOffice, damaged, password)
    │   └── FileTooLargeError       over the configured size limit
    │       └── BodyTooLargeError   an HTTP request body over the limit
    ├── NotADocumentError           readable, but not an official document
    ├── ExtractionRuleError         a language table or cleaning step is invalid
    ├── ResolutionError             a reference cannot be resolved
    │   └── AmbiguousReferenceError
    ├── NotFoundError               an id/IRI/symbol that the store does not hold
    │   └── GraphNotFoundError      a named graph the store does not hold
    ├── InvalidParameterError       an option or query parameter with a value cancu does not know
    │   └── BinaryToTerminalError   a binary answer (an XLSX report) asked for on a terminal
    ├── QueryError                  a SPARQL query that cannot be run
    │   ├── QuerySyntaxError        malformed (carries line and column)
    │   │   ├── RdfSyntaxError      an RDF request body that does not parse
    │   │   └── BodyEncodingError   a query, update or form body that is not UTF-8
    │   ├── MissingQueryError       a request without its query or update
    │   ├── FederatedQueryError     SERVICE, refused by the public endpoint
    │   ├── InvalidGraphError       a dataset graph name that is not an IRI
    │   ├── DatasetUnsupportedError a dataset the backend cannot restrict to
    │   ├── QueryTimeoutError       stopped by the time limit
    │   ├── QueryMemoryError        stopped by the memory limit of a query
    │   ├── QueryWorkerDiedError    its worker process ended of something else (a signal, a crash)
    │   └── QueryEvaluationError    failed while evaluating
    ├── RequestError                an HTTP request the service refuses
    │   ├── UnauthorizedError       a write without a bearer token
    │   ├── ForbiddenError          a wrong token, or a read-only service
    │   │   └── RemoteFetchRefusedError  LOAD/SERVICE in an update while fetching is off
    │   ├── NotAcceptableError      no acceptable answer format
    │   └── UnsupportedBodyError    a body in a media type not read
    ├── StoreError                  the store cannot be used
    │   ├── StoreUnavailableError   server down / directory locked
    │   ├── IndexUnavailableError   the in-process index cannot be built
    │   ├── NoStoreError            a query command pointed at a store that does not exist
    │   └── UnknownBackendError     a backend name that is not registered
    ├── SettingError                a setting with a value cancu does not know
    ├── PortInUseError              the port to serve on is taken
    ├── MissingExtraError           a command needs an optional extra
    ├── ReasonerUnavailableError    HermiT needs Java, which is missing
    └── ReasonerTimeoutError        HermiT ran past its time limit

The HTTP status of each is decided in one table, :data:`cancu.api.problems.STATUS`.
"""

from __future__ import annotations


class CancuError(Exception):
    """Base of every error a user of cancu can cause."""

    #: Short machine-readable code, used in API problem responses.
    code = "cancu-error"


class InputError(CancuError):
    """The input file cannot be used.

    Carries the file name and, when known, the line and column of the problem,
    the way pyoxigraph fills ``SyntaxError``.
    """

    code = "input-error"

    def __init__(self, message: str, *, source: str | None = None,
                 line: int | None = None, column: int | None = None) -> None:
        self.source = source
        self.line = line
        self.column = column
        where = source or ""
        if line is not None:
            where += f":{line}" + (f":{column}" if column is not None else "")
        super().__init__(f"{where}: {message}" if where else message)
        self.detail = message


class UnreadableFileError(InputError):
    """Missing, unreadable, binary, empty or undecodable input."""

    code = "unreadable-file"


class LegacyEncodingError(InputError):
    """Text in a pre-Unicode Vietnamese encoding (TCVN3/ABC, VNI) that is refused."""

    code = "legacy-encoding"

    def __init__(self, message: str, *, encoding: str, **kw) -> None:
        self.encoding = encoding
        super().__init__(message, **kw)


class NeedsOCRError(InputError):
    """A PDF whose pages carry no text layer (a scan) that cannot be read by OCR here:
    no page image to read, or Tesseract or its Vietnamese data is not installed (the
    message says what to install)."""

    code = "needs-ocr"


class OcrLimitError(InputError):
    """A scanned PDF over the OCR limits of one file (pages, seconds: ``CANCU_OCR_MAX_PAGES``,
    ``CANCU_OCR_TIMEOUT``)."""

    code = "ocr-limit"


class UnsupportedFormatError(InputError):
    """A file format cancu does not read."""

    code = "unsupported-format"


class LegacyWordError(UnsupportedFormatError):
    """A Word 97-2003 binary ``.doc`` file that cannot be read here: LibreOffice, which converts it, is
    missing (the message says how to install it or convert the file by hand), the file is damaged,
    password-protected, or an OLE file that holds no Word document."""

    code = "legacy-word"


class FileTooLargeError(InputError):
    """An input over the configured size limit."""

    code = "file-too-large"


class BodyTooLargeError(FileTooLargeError):
    """A request body over the configured limit (HTTP 413, like a file over its limit)."""

    code = "payload-too-large"


class NotADocumentError(CancuError):
    """Readable text that is not an official document (news, Q&A, encyclopedia)."""

    code = "not-a-document"


class ExtractionRuleError(CancuError, ValueError):
    """A language table entry or a named cleaning step is invalid or unknown."""

    code = "extraction-rule"


class ResolutionError(CancuError):
    """A reference to a document or agency cannot be resolved to one node."""

    code = "resolution-error"


class AmbiguousReferenceError(ResolutionError):
    """Several nodes match; carries the candidates so a caller can choose."""

    code = "ambiguous-reference"

    def __init__(self, message: str, candidates: list[str] | None = None,
                 choices: list[dict] | None = None) -> None:
        super().__init__(message)
        self.candidates = list(candidates or [])
        #: the candidates described (``{"iri", "type", "label", "detail"}``), best first
        self.choices = list(choices or [])


class NotFoundError(CancuError, LookupError):
    """An id, IRI or symbol that the store does not hold."""

    code = "not-found"


class GraphNotFoundError(NotFoundError):
    """A Graph Store Protocol request for a named graph the store does not hold (HTTP 404)."""

    code = "graph-not-found"


class InvalidParameterError(CancuError, ValueError):
    """An option or query parameter whose value cancu does not know, or a parameter a path does
    not take; the message names the valid values or parameters (``offered`` lists them)."""

    code = "invalid-parameter"

    def __init__(self, message: str = "", offered: list[str] | None = None) -> None:
        super().__init__(message)
        if offered:
            self.offered = list(offered)


class BinaryToTerminalError(InvalidParameterError):
    """A binary answer (an XLSX report) asked for without a file while the output is a
    terminal: its bytes would garble the screen; the message says to give ``-o FILE``."""

    code = "binary-to-terminal"


class QueryError(CancuError):
    code = "query-error"


class QuerySyntaxError(QueryError):
    """A malformed SPARQL query; ``line``/``column`` point at the problem when known."""

    code = "query-syntax"

    def __init__(self, message: str, *, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


class RdfSyntaxError(QuerySyntaxError):
    """A Graph Store Protocol body that does not parse in its declared format (HTTP 400)."""

    code = "rdf-syntax"


class BodyEncodingError(QuerySyntaxError):
    """A request body (query, update, form) that is not UTF-8 (HTTP 400)."""

    code = "body-encoding"


class MissingQueryError(QueryError):
    """A request without ``query`` (or ``update``) where one is required (HTTP 400)."""

    code = "missing-query"


class FederatedQueryError(QueryError):
    """A query with ``SERVICE``: the public endpoint makes no outbound requests (HTTP 400)."""

    code = "query-federation"


class InvalidGraphError(QueryError):
    """A ``default-graph-uri``/``named-graph-uri`` that is not an IRI (HTTP 400)."""

    code = "invalid-graph-iri"


class DatasetUnsupportedError(QueryError):
    """``default-graph-uri``/``named-graph-uri`` on a backend that cannot restrict the dataset (HTTP 400)."""

    code = "dataset-unsupported"


class QueryTimeoutError(QueryError):
    code = "query-timeout"


class QueryMemoryError(QueryError):
    """A query that needed more memory than a query may use (its worker process was stopped)."""

    code = "query-memory"


class QueryWorkerDiedError(QueryError):
    """The worker process evaluating a query ended of something other than its memory cap or the time
    limit (killed by a signal from outside, a crash): the server's failure, not the query's size."""

    code = "query-worker-died"


class QueryEvaluationError(QueryError):
    code = "query-evaluation"


class RequestError(CancuError):
    """An HTTP request the service refuses for what it asks, not for the data it names."""

    code = "bad-request"


class UnauthorizedError(RequestError):
    """A write without ``Authorization: Bearer …`` (HTTP 401)."""

    code = "unauthorized"


class ForbiddenError(RequestError):
    """A write with a wrong token, or on a service without a token (HTTP 403)."""

    code = "forbidden"


class RemoteFetchRefusedError(ForbiddenError):
    """An update with ``LOAD <url>`` or ``SERVICE`` while outbound fetching is off (HTTP 403)."""

    code = "remote-fetch-refused"


class NotAcceptableError(RequestError):
    """No format the service can write is acceptable to the client (HTTP 406); ``offered``
    lists the media types it can write."""

    code = "not-acceptable"

    def __init__(self, message: str, *, offered: list[str] | tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.offered = list(offered)


class UnsupportedBodyError(RequestError):
    """A request body in a media type the endpoint does not read (HTTP 415)."""

    code = "unsupported-media-type"


class StoreError(CancuError):
    code = "store-error"


class StoreUnavailableError(StoreError):
    code = "store-unavailable"


class IndexUnavailableError(StoreError):
    """The store could not be read completely for the in-process index (a server capped a
    scan); queries answer from SPARQL instead."""

    code = "index-unavailable"


class NoStoreError(StoreError):
    """A query command pointed at a store directory that does not exist or holds nothing:
    nothing was ever ingested there (query commands never create a store)."""

    code = "no-store"


class UnknownBackendError(StoreError, ValueError):
    """A backend name that is not registered; the message lists the valid names."""

    code = "unknown-backend"


class SettingError(CancuError, ValueError):
    """A setting (option or ``CANCU_*`` variable) has a value cancu does not know."""

    code = "bad-setting"


class PortInUseError(CancuError, OSError):
    """The address ``cancu serve`` should listen on is taken by another program."""

    code = "port-in-use"


class MissingExtraError(CancuError, ImportError):
    """A command needs an optional extra that is not installed."""

    code = "missing-extra"

    def __init__(self, extra: str, module: str) -> None:
        super().__init__(
            f"this needs the optional '{extra}' dependencies (module {module!r} is missing); "
            f'install them with: pip install "cancu[{extra}]"'
        )
        self.extra = extra


class ReasonerUnavailableError(CancuError):
    """HermiT needs a Java runtime, which was not found."""

    code = "reasoner-unavailable"


class ReasonerTimeoutError(CancuError):
    """HermiT ran longer than its time limit and was stopped."""

    code = "reasoner-timeout"


def require_extra(extra: str, module: str):
    """Import ``module`` or raise :class:`MissingExtraError` naming ``extra``."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingExtraError(extra, module) from exc
