"""The project's one error family: every user-facing failure names the key path or file at fault.

Imports nothing from the package, so every layer may raise these.
"""


class PcdetQatError(Exception):
    """Base of all errors this package raises on purpose."""


class ConfigError(PcdetQatError, ValueError):
    """A cfg key is missing, unknown, or has a bad value. The message names the key path."""


class CheckpointError(PcdetQatError, RuntimeError):
    """A checkpoint file is unreadable or does not match the model. The message names keys or the file."""


class DataError(PcdetQatError, ValueError):
    """A data file or folder is missing or malformed. The message names the file (and line)."""


class OutputError(PcdetQatError, OSError):
    """An output, data or cache location cannot be written, or another run holds it. The message names the
    folder (and the holder)."""


class ExportError(PcdetQatError, RuntimeError):
    """A model cannot be exported as asked (e.g. uncalibrated ranges)."""


class HostError(PcdetQatError, RuntimeError):
    """The requested host (OpenPCDet or built-in) cannot be used, or a patch target is missing."""


class TrainingError(PcdetQatError, RuntimeError):
    """Training cannot go on (e.g. a non-finite loss); the message names the iteration and the last good
    checkpoint."""
