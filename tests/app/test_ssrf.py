"""What a webhook may reach (``app._ssrf``): public addresses and allowed networks."""

from __future__ import annotations

import ipaddress
import socket

import pytest
from aiohttp.abc import AbstractResolver, ResolveResult

from app._settings import Settings
from app._ssrf import (
    AddressPolicy,
    AddressRefusedError,
    GuardedResolver,
    classify,
    parse_networks,
)

REFUSED = {
    "127.0.0.1": "a loopback address",
    "127.255.0.9": "a loopback address",
    "10.1.2.3": "a private address",
    "172.16.0.1": "a private address",
    "192.168.1.1": "a private address",
    "169.254.169.254": "a cloud metadata address (AWS, GCP, Azure)",
    "169.254.1.1": "a link-local address",
    "100.64.0.1": "a shared (carrier-grade NAT) address",
    "100.100.100.200": "a cloud metadata address (Alibaba)",
    "224.0.0.1": "a multicast address",
    "239.255.255.250": "a multicast address",
    "0.0.0.0": "an unspecified address",
    "255.255.255.255": "a reserved address",
    "240.0.0.1": "a reserved address",
    "192.0.0.8": "a reserved (IETF protocol) address",
    "198.18.0.1": "a reserved (benchmarking) address",
    "::1": "a loopback address",
    "::": "an unspecified address",
    "fe80::1": "a link-local address",
    "fc00::1": "a private address",
    "fd00:ec2::254": "a cloud metadata address (AWS IPv6)",
    "ff02::1": "a multicast address",
    "fec0::1": "a site-local address",
    "::ffff:127.0.0.1": "a loopback address inside an IPv6 address",
    "::ffff:169.254.169.254": "a cloud metadata address (AWS, GCP, Azure) inside an IPv6 address",
    "64:ff9b::7f00:1": "a loopback address inside an IPv6 address",
    "2002:a00:1::": "a private address inside an IPv6 address",
    "2001:db8::1": "a private address",
}
PUBLIC = ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700::1111", "64:ff9b::808:808"]


@pytest.mark.parametrize(("address", "kind"), sorted(REFUSED.items()))
def test_non_public_addresses_are_refused_by_kind(address: str, kind: str) -> None:
    assert classify(ipaddress.ip_address(address)) == kind
    reason = AddressPolicy().refusal(ipaddress.ip_address(address))
    assert reason == f"{address} is {kind}"


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address: str) -> None:
    assert AddressPolicy().refusal(ipaddress.ip_address(address)) is None


def test_allowed_networks_let_their_addresses_through() -> None:
    policy = AddressPolicy(parse_networks(["127.0.0.1", "10.0.0.0/8"]))
    assert policy.refusal(ipaddress.ip_address("127.0.0.1")) is None
    assert policy.refusal(ipaddress.ip_address("::ffff:127.0.0.1")) is None
    assert policy.refusal(ipaddress.ip_address("10.9.9.9")) is None
    assert policy.refusal(ipaddress.ip_address("127.0.0.2")) is not None
    assert policy.refusal(ipaddress.ip_address("192.168.0.1")) is not None


def test_literal_hosts_are_checked_and_names_are_left_to_the_resolver() -> None:
    policy = AddressPolicy()
    with pytest.raises(AddressRefusedError, match=r"127\.0\.0\.1 is a loopback address"):
        policy.check_literal("127.0.0.1")
    with pytest.raises(AddressRefusedError, match="::1 is a loopback"):
        policy.check_literal("[::1]")
    policy.check_literal("hooks.example")
    policy.check_literal("8.8.8.8")


def test_the_setting_names_a_bad_network() -> None:
    with pytest.raises(ValueError, match=r"'10\.0\.0\.0/33' is not an IP address or network"):
        Settings(webhook_allowed_networks=["10.0.0.0/33"])


class _Answers(AbstractResolver):
    def __init__(self, *addresses: str) -> None:
        self.addresses = addresses

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        return [
            {"hostname": host, "host": a, "port": port, "family": family, "proto": 0, "flags": 0}
            for a in self.addresses
        ]

    async def close(self) -> None:
        pass


async def test_the_resolver_keeps_only_allowed_addresses() -> None:
    resolver = GuardedResolver(AddressPolicy(), _Answers("10.0.0.1", "8.8.8.8", "::1"))
    assert [r["host"] for r in await resolver.resolve("mixed.example", 80)] == ["8.8.8.8"]


async def test_the_resolver_refuses_a_name_with_only_refused_addresses() -> None:
    resolver = GuardedResolver(AddressPolicy(), _Answers("127.0.0.1", "169.254.169.254"))
    with pytest.raises(AddressRefusedError) as caught:
        await resolver.resolve("internal.example", 80)
    assert caught.value.host == "internal.example"
    assert caught.value.reasons == [
        "127.0.0.1 is a loopback address",
        "169.254.169.254 is a cloud metadata address (AWS, GCP, Azure)",
    ]
    assert "CAPTIONFLOW_WEBHOOK_ALLOWED_NETWORKS" in str(caught.value)
