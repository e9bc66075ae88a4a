"""Pages fetched from URLs: a time limit for the whole page, a size cap,
redirects followed, and a User-Agent that says who is asking. A failure is
a ``FetchError`` with one line of reason; the caller reports it and goes on.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from .. import __version__
from ..errors import QuotesError
from .base import FetchLimits

USER_AGENT = f"quotes/{__version__} (who-said-what extractor; Python urllib)"
_CHUNK = 64 * 1024


class FetchError(QuotesError):
    """A URL that could not be read; the message is the reason."""


@dataclass(frozen=True)
class Page:
    url: str  # after redirects
    content_type: str  # "text/html", without parameters
    charset: str | None
    body: bytes


def fetch(url: str, limits: FetchLimits) -> Page:
    """The page at ``url``, within ``limits.timeout`` seconds for the whole
    of it: urllib's own timeout bounds each read of the socket, not the
    page, so a server that sends a byte a second would hold it far longer.
    The request runs in a thread that is left behind, not waited for, when
    the time is up (the process ends it at exit)."""
    outcome: list[Page | BaseException] = []

    def work() -> None:
        try:
            outcome.append(_fetch(url, limits, time.monotonic() + limits.timeout))
        except BaseException as e:  # noqa: BLE001 - handed to the caller's thread as it is
            outcome.append(e)

    worker = threading.Thread(target=work, name=f"fetch {url}", daemon=True)
    worker.start()
    worker.join(limits.timeout + _GRACE)
    if not outcome:
        raise FetchError(f"timed out after {limits.timeout:g} s")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


# Past the timeout, the time the request's own deadline check may still take.
_GRACE = 0.5


def _fetch(url: str, limits: FetchLimits, deadline: float) -> Page:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.1"})
    try:
        with urllib.request.urlopen(request, timeout=limits.timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limits.max_bytes:
                raise FetchError(f"page larger than {limits.max_bytes:,} bytes ({int(declared):,} declared)")
            body = bytearray()
            while True:
                if time.monotonic() > deadline:
                    raise FetchError(f"timed out after {limits.timeout:g} s")
                chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
                if not chunk:
                    break
                body += chunk
                if len(body) > limits.max_bytes:
                    raise FetchError(f"page larger than {limits.max_bytes:,} bytes")
            headers: Message = response.headers
            return Page(
                url=response.geturl(),
                content_type=headers.get_content_type(),
                charset=headers.get_content_charset(),
                body=bytes(body),
            )
    except FetchError:
        raise
    except urllib.error.HTTPError as e:
        raise FetchError(f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise FetchError(f"timed out after {limits.timeout:g} s") from None
        raise FetchError(str(reason)) from None
    except (socket.timeout, TimeoutError):
        raise FetchError(f"timed out after {limits.timeout:g} s") from None
    except http.client.HTTPException as e:  # a bad status line, too many headers, a broken chunk
        raise FetchError(f"not an HTTP answer that can be read ({type(e).__name__}: {str(e).strip()[:200]})") from None
    except (OSError, ValueError) as e:  # a reset connection, a malformed URL, a bad status line
        raise FetchError(str(e) or type(e).__name__) from None
