"""The named limits of marble tests: what a flow file's ``tests:`` may ask for.

A marble test runs in virtual time, so its cost is its size: frames of the input
and expected diagrams, values to match, and tests per flow. Running one costs time
linear in that size (``_marble_tests.py``), and these bounds keep every test file
(one uploaded with ``PUT /flows/{name}`` too) to a few milliseconds of work. A test
over a limit is a located problem naming the limit, found by ``lint`` before any
test runs.
"""

from __future__ import annotations

__all__ = ["MAX_TESTS", "MAX_TEST_FRAMES", "MAX_TEST_OUTPUTS", "MAX_TEST_VALUES"]

MAX_TESTS = 100
"""Marble tests in one flow."""

MAX_TEST_FRAMES = 1_000
"""Frames in one marble diagram, input or expect: each ``-`` and each event (``|``,
``#``, a value — every value of a group too)."""

MAX_TEST_VALUES = 200
"""Entries of ``values`` plus ``expect_values`` of one test."""

MAX_TEST_OUTPUTS = 4 * MAX_TEST_FRAMES
"""Outputs one test's flow may produce before the test fails (an event that publishes
the events it listens to would otherwise never stop)."""
