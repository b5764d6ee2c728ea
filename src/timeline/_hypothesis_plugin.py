"""Registered through the ``hypothesis`` entry point: ``st.from_type(Interval)`` works."""

from __future__ import annotations


def _register() -> None:
    # Hypothesis loads this entry point when it is imported, in every environment that has
    # timeline installed; the imports stay inside so that loading it is all it costs.
    from hypothesis import strategies as st

    from . import strategies
    from ._time import Duration, Grain, Interval, Timex

    st.register_type_strategy(Grain, strategies.grains())
    st.register_type_strategy(Interval, strategies.intervals())
    st.register_type_strategy(Duration, strategies.durations())
    st.register_type_strategy(Timex, strategies.timexes())
