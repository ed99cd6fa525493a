"""Download a page: http(s) only, with a timeout, a size cap and a bounded number of redirects."""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from .errors import IngestError

MAX_BYTES = 8 * 1024 * 1024
TIMEOUT_S = 15.0
MAX_REDIRECTS = 5
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) Yomu/0.1 (Japanese news reader)"
ALLOWED_SCHEMES = ("http", "https")


@dataclass
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str


def check_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise IngestError(f"only http and https addresses can be imported, not {parts.scheme or 'this'}: {url}")
    if not parts.netloc:
        raise IngestError(f"the address has no host name: {url}")
    return urllib.parse.urlunsplit(parts)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most MAX_REDIRECTS, and never to a non-web scheme (file:, ftp:, data:)."""
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        check_url(urllib.parse.urljoin(req.full_url, newurl))
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> Fetched:
    url = check_url(url)
    opener = urllib.request.build_opener(_Redirects)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Language": "ja,en;q=0.5"})
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise IngestError(f"the page is too large ({int(length) // 1_000_000} MB; the limit is "
                                  f"{max_bytes // 1_000_000} MB): {url}")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise IngestError(f"the page is too large (over {max_bytes // 1_000_000} MB): {url}")
            return Fetched(response.geturl(), data, response.headers.get("Content-Type", ""))
    except IngestError:
        raise
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            location = exc.headers.get("Location") if exc.headers else None
            if location:
                check_url(urllib.parse.urljoin(exc.url or url, location))  # urllib refused the scheme
            raise IngestError(f"too many redirects fetching {url}") from None
        raise IngestError(f"the server answered {exc.code} {exc.reason} for {url}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason if not isinstance(exc.reason, OSError) else (exc.reason.strerror or exc.reason)
        raise IngestError(f"could not reach {url}: {reason}") from None
    except TimeoutError:
        raise IngestError(f"no answer from {url} within {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise IngestError(f"could not fetch {url}: {exc}") from None
