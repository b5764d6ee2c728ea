"""Jupyter's hook on our value types, kept apart so that value types never import rich."""

from __future__ import annotations

from collections.abc import Container
from typing import Any

__all__ = ["ShownInNotebooks"]


class ShownInNotebooks:
    """A base for types that rich renders: Jupyter shows them as rich draws them."""

    __slots__ = ()

    def _repr_mimebundle_(
        self,
        include: Container[str] | None = None,
        exclude: Container[str] | None = None,
        **options: Any,
    ) -> dict[str, str]:
        """HTML and plain text of the rich rendering, for Jupyter and IPython."""
        # Imported here: rich is loaded only when something is shown.
        from ._render import mime_bundle

        return mime_bundle(self, include, exclude)  # type: ignore[arg-type]
