"""What can go wrong with a scale, each in words a packer acts on, with the detail for the log.

`str(error)` is the packer's sentence; `error.detail` is the technical line for the log (port,
protocol, the bytes received). A read never hangs: every wait has a deadline and ends in one of
these.
"""

from __future__ import annotations

__all__ = [
    "ScaleDisconnected",
    "ScaleEmpty",
    "ScaleError",
    "ScaleFault",
    "ScaleNotFound",
    "ScaleNotResponding",
    "ScaleOverload",
    "ScaleProtocolError",
    "ScaleUnderZero",
    "ScaleUnstable",
]


class ScaleError(Exception):
    """Base of every scale problem."""

    message = "The scale cannot be read."

    def __init__(self, detail: str = "", message: str | None = None) -> None:
        self.detail = detail
        if message is not None:
            self.message = message
        super().__init__(self.message)

    def log_line(self) -> str:
        return (
            f"{type(self).__name__}: {self.message} ({self.detail})"
            if self.detail
            else (f"{type(self).__name__}: {self.message}")
        )


class ScaleNotFound(ScaleError):  # noqa: N818 (the name the app speaks)
    message = "No scale is connected where the settings say. Check the cable and the settings."


class ScaleNotResponding(ScaleError):  # noqa: N818 (the name the app speaks)
    message = "The scale does not answer. Check that it is switched on and its cable is in."


class ScaleDisconnected(ScaleError):  # noqa: N818 (the name the app speaks)
    message = "The scale was disconnected. Plug it back in, then weigh again."


class ScaleUnstable(ScaleError):  # noqa: N818 (the name the app speaks)
    message = "The weight did not settle. Keep the box still on the scale and weigh again."


class ScaleOverload(ScaleError):  # noqa: N818 (the name the app speaks)
    message = "The box is too heavy for the scale."


class ScaleUnderZero(ScaleError):  # noqa: N818 (the name the app speaks)
    message = "The scale shows less than zero. Empty it, zero it, then weigh again."


class ScaleEmpty(ScaleError):  # noqa: N818 (the name the app speaks)
    message = "Nothing is on the scale. Put the box on the scale."


class ScaleFault(ScaleError):  # noqa: N818 (the name the app speaks)
    message = "The scale reports a fault. Zero or restart it; call a supervisor if it stays."


class ScaleProtocolError(ScaleError):
    message = (
        "The scale answers in a way Packstation does not understand. Check the scale settings "
        "(protocol, baud rate)."
    )
