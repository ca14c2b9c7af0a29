"""Which addresses a webhook may reach: public ones, and the networks allowed by name.

A subscription's webhook is a URL a client chose, POSTed to from inside the
service's network, so it must not reach what only the service can: loopback,
link-local (cloud metadata at 169.254.169.254), private, shared (CGNAT), multicast,
reserved and unspecified addresses, in IPv4 and IPv6, including IPv4 addresses
embedded in IPv6 (mapped ``::ffff:a.b.c.d``, 6to4, Teredo, NAT64). Networks listed in
``CAPTIONFLOW_WEBHOOK_ALLOWED_NETWORKS`` are allowed even so (a receiver on the same
host, on the private network).

Checked when a subscription is created (422 naming ``webhook``) and again on every
delivery: :class:`GuardedResolver` is the webhook session's resolver, so the
connection goes to an address that was just checked (a DNS answer that changes
between the two — rebinding — is checked again), and a literal address is checked
before each POST (aiohttp does not resolve those). Redirects are not followed.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

__all__ = ["AddressPolicy", "AddressRefusedError", "GuardedResolver", "parse_networks"]

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

_METADATA = {
    ipaddress.ip_address("169.254.169.254"): "a cloud metadata address (AWS, GCP, Azure)",
    ipaddress.ip_address("fd00:ec2::254"): "a cloud metadata address (AWS IPv6)",
    ipaddress.ip_address("100.100.100.200"): "a cloud metadata address (Alibaba)",
}
# not global although Python 3.11's is_global says so, or not covered by its flags
_NOT_PUBLIC = [
    (ipaddress.ip_network("100.64.0.0/10"), "a shared (carrier-grade NAT) address"),
    (ipaddress.ip_network("192.0.0.0/24"), "a reserved (IETF protocol) address"),
    (ipaddress.ip_network("198.18.0.0/15"), "a reserved (benchmarking) address"),
    (ipaddress.ip_network("64:ff9b:1::/48"), "a reserved (local NAT64) address"),
]
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _embedded_v4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, NAT64, 6to4, Teredo), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]  # the client's address
    return None


def classify(address: Address) -> str | None:
    """What kind of non-public address this is (``"a loopback address"``), or None."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = _embedded_v4(address)
        if inner is not None:
            kind = classify(inner)
            return f"{kind} inside an IPv6 address" if kind else None
    if address in _METADATA:
        return _METADATA[address]
    for network, kind in _NOT_PUBLIC:
        if address.version == network.version and address in network:
            return kind
    site_local = isinstance(address, ipaddress.IPv6Address) and address.is_site_local
    checks = (
        (address.is_unspecified, "an unspecified address"),
        (address.is_loopback, "a loopback address"),
        (address.is_link_local, "a link-local address"),
        (address.is_multicast, "a multicast address"),
        (address.is_reserved, "a reserved address"),
        (address.is_private, "a private address"),
        (site_local, "a site-local address"),
        (not address.is_global, "a non-public address"),
    )
    return next((kind for hit, kind in checks if hit), None)


def parse_networks(values: Iterable[str]) -> list[Network]:
    """``["127.0.0.1", "10.0.0.0/8"]`` as networks.

    Raises:
        ValueError: naming the value that is not an address or a network.
    """
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(value.strip(), strict=False))
        except ValueError:
            msg = f"{value!r} is not an IP address or network; expected e.g. '10.0.0.0/8'"
            raise ValueError(msg) from None
    return networks


class AddressRefusedError(OSError):
    """A webhook's host is, or resolves only to, addresses it may not reach."""

    def __init__(self, host: str, reasons: list[str]) -> None:
        self.host = host
        self.reasons = reasons
        shown = "; ".join(reasons[:4])
        super().__init__(
            f"webhook host {host!r} is not a public address ({shown}); webhooks may reach "
            "public addresses, and networks listed in CAPTIONFLOW_WEBHOOK_ALLOWED_NETWORKS"
        )


class AddressPolicy:
    """Public addresses, plus the ``allowed`` networks."""

    def __init__(self, allowed: Iterable[Network] = ()) -> None:
        self.allowed = list(allowed)

    def refusal(self, address: Address) -> str | None:
        """Why ``address`` may not be reached (``"127.0.0.1 is a loopback address"``), or None."""
        kind = classify(address)
        if kind is None:
            return None
        plain: Address = address
        shown = str(address)
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            plain = address.ipv4_mapped
            shown = f"::ffff:{plain}"
        if any(plain.version == n.version and plain in n for n in self.allowed):
            return None
        return f"{shown} is {kind}"

    def check_literal(self, host: str) -> None:
        """If ``host`` is an IP address, that it may be reached.

        Raises:
            AddressRefusedError: it is an address it may not reach.
        """
        try:
            address = ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            return  # a name: checked when it is resolved
        reason = self.refusal(address)
        if reason is not None:
            raise AddressRefusedError(host, [reason])


class GuardedResolver(AbstractResolver):
    """aiohttp's resolver, keeping only the addresses ``policy`` allows.

    Raises (from :meth:`resolve`):
        AddressRefusedError: every address of the name is refused (aiohttp wraps it in
            ``ClientConnectorDNSError``; its ``os_error`` is this).
    """

    def __init__(self, policy: AddressPolicy, inner: AbstractResolver | None = None) -> None:
        self.policy = policy
        self.inner = inner or DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """The addresses of ``host`` that may be reached (at least one)."""
        found = await self.inner.resolve(host, port, family)
        kept: list[ResolveResult] = []
        reasons: list[str] = []
        for result in found:
            reason = self.policy.refusal(ipaddress.ip_address(result["host"]))
            if reason is None:
                kept.append(result)
            else:
                reasons.append(reason)
        if not kept:
            raise AddressRefusedError(host, reasons or ["it has no address"])
        return kept

    async def close(self) -> None:
        """Close the wrapped resolver."""
        await self.inner.close()


def refused_by(error: BaseException) -> AddressRefusedError | None:
    """The AddressRefusedError behind an aiohttp connection error, if that is what it is."""
    seen: Any = error
    for _ in range(4):
        if isinstance(seen, AddressRefusedError):
            return seen
        seen = getattr(seen, "os_error", None) or seen.__cause__
        if seen is None:
            return None
    return None
