#!/usr/bin/env python3
"""The baseline Lede's check-worthiness is measured against: TF-IDF of word 1-2-grams and a
logistic regression, trained on the same ClaimBuster sentences as Lede's claim model, writing one
contract-shaped response per gold sentence so score_claims.py scores both the same way.

  pip install scikit-learn
  scripts/claims_baseline.py TRAIN.jsonl GOLD.jsonl > baseline.jsonl
  score_claims.py GOLD.jsonl baseline.jsonl

TRAIN: {"text", "label"} lines (data/claimbuster/claimbuster_2class_train.jsonl). GOLD: sentences
{"id", "text", ...} (a CheckThat! file, or a held-out split).
"""
import json
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

train_path, gold_path = sys.argv[1:3]
train = [json.loads(line) for line in open(train_path, encoding="utf-8")]
gold = [json.loads(line) for line in open(gold_path, encoding="utf-8")]
vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
features = vectorizer.fit_transform([item["text"] for item in train])
model = LogisticRegression(max_iter=2000, C=4.0)
model.fit(features, [int(item["label"]) for item in train])
scores = model.predict_proba(vectorizer.transform([item["text"] for item in gold]))[:, 1]
for item, score in zip(gold, scores):
    claim = {"text": item["text"], "start": 0, "end": len(item["text"]), "checkworthiness": round(float(score), 4)}
    print(json.dumps({"id": item["id"], "claims": [claim]}))
