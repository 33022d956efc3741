#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the made-up datasets in this folder, a researcher's own files in each format dataset.OpenFile
reads (see README.md beside it). Pure Python, seeded: the same files every run. Run from this folder."""
import json
import random

rng = random.Random(14)

POSITIVE = ["great", "lovely", "superb", "delightful", "enjoyable", "brilliant", "charming", "wonderful"]
NEGATIVE = ["awful", "boring", "dull", "terrible", "tedious", "clumsy", "bland", "dreadful"]
FILLER = ["the", "film", "plot", "acting", "music", "story", "was", "really", "quite", "and", "cast",
          "ending", "scenes", "script", "director"]

reviews = []
for i in range(160):
    label = "pos" if i % 2 == 0 else "neg"
    words = rng.sample(FILLER, 5) + rng.sample(POSITIVE if label == "pos" else NEGATIVE, 2)
    rng.shuffle(words)
    if rng.random() < 0.1:  # label noise
        label = "neg" if label == "pos" else "pos"
    text = " ".join(words).capitalize() + "."
    reviews.append((text, label))

with open("reviews.tsv", "w", encoding="utf-8") as f:
    for text, label in reviews:
        f.write(f"{text}\t{label}\n")
with open("reviews.jsonl", "w", encoding="utf-8") as f:
    for text, label in reviews:
        f.write(json.dumps({"text": text, "label": label}) + "\n")

weather = []
for i in range(120):
    rain = i % 2 == 1
    temperature = round(rng.gauss(14 if rain else 22, 3), 1)
    humidity = round(rng.gauss(85 if rain else 55, 8), 1)
    wind = round(abs(rng.gauss(25 if rain else 12, 6)), 1)
    weather.append(("rain" if rain else "dry", temperature, humidity, wind))

with open("weather.csv", "w", encoding="utf-8") as f:
    f.write("outlook,temperature,humidity,wind\n")
    for outlook, t, h, w in weather:
        f.write(f"{outlook},{t},{h},{w}\n")
with open("weather.jsonl", "w", encoding="utf-8") as f:
    for outlook, t, h, w in weather:
        f.write(json.dumps({"features": [t, h, w], "label": 1 if outlook == "rain" else 0}) + "\n")
