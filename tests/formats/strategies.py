"""Hypothesis settings of the round-trip property tests, shared by every format's tests.

Each round trip runs ``GOVDOC_ROUND_TRIP_EXAMPLES`` examples (300 by default, what the suite and CI
run); set it to 3000 for a long run during development. Reports come from the general
``govdoc.testing.reports()`` strategy, never from a filtered one.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("GOVDOC_ROUND_TRIP_EXAMPLES", "300"))

round_trip = settings(max_examples=EXAMPLES, deadline=None, database=None,
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
"""The settings of every ``read(write(r)) == r`` property test."""
