"""Synthesise the app's two sounds (a soft chime between steps, a gentle tick for counted passes).

They are generated, not recorded, so their provenance is this file. Run:
  .venv/bin/python packaging/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def write(name: str, samples: list[float]) -> None:
    with wave.open(str(OUT / name), "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(RATE)
        file.writeframes(b"".join(struct.pack("<h", round(s * 32767)) for s in samples))


def chime(seconds: float = 1.6) -> list[float]:
    # Two soft bell partials (E5 and B5) with a slow decay and a short fade-in: calm, not alarming.
    partials = [(659.25, 0.55, 2.6), (987.77, 0.3, 3.4), (1318.5, 0.12, 5.0)]
    samples = []
    for n in range(int(RATE * seconds)):
        t = n / RATE
        attack = min(1.0, t / 0.015)
        value = sum(a * math.exp(-d * t) * math.sin(2 * math.pi * f * t) for f, a, d in partials)
        samples.append(0.35 * attack * value)
    return samples


def tick(seconds: float = 0.09) -> list[float]:
    samples = []
    for n in range(int(RATE * seconds)):
        t = n / RATE
        samples.append(0.25 * math.exp(-60 * t) * math.sin(2 * math.pi * 1760 * t))
    return samples


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    write("chime.wav", chime())
    write("tick.wav", tick())
    print("wrote chime.wav and tick.wav")
    return 0


if __name__ == "__main__":
    sys.exit(main())
