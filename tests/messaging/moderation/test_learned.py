"""The learned models: what they add to the rules, and what they may never do."""

from __future__ import annotations

import hashlib
import json

import pytest

from messaging.moderation import moderate
from messaging.moderation.learned import (
    CORPUS,
    Example,
    LearnedModel,
    default_models,
    features,
    read_corpus,
)
from messaging.moderation.normalise import normalise
from messaging.moderation.pipeline import LEARNED_HOLD, LEARNED_URGENT
from tests.messaging.moderation import test_families
from tests.messaging.moderation.conftest import (
    BLIND_PATHS,
    DEV_PATH,
    OPENED_BLIND_PATHS,
    RULES,
    SHARED_DEV_PATH,
)
from tests.messaging.moderation.test_categories import HARMLESS as CATEGORY_HARMLESS
from tests.messaging.moderation.test_family_rounds import ROUNDS
from tests.messaging.moderation.test_urgent import FIGURES_OF_SPEECH

# Harmless chat written to sit close to the families; none of it is in the corpus.
NEAR_MISSES = (
    *test_families.HARMLESS,
    *(text for module in ROUNDS.values() for text in module.HARMLESS),
    *CATEGORY_HARMLESS,
    *FIGURES_OF_SPEECH,
)
# Every paraphrase and near miss of the rounds of rules.
FAMILY_TEXTS = [text for module in ROUNDS.values() for text in module.ALL_TEXTS]
# How many of them the models mark urgent or hold today (measured, docs/benchmarks.md): ratchets.
# Fifth session, of 941: 122 and 79. Of the 563 of the fourth session 71 and 49 (77 and 24 then:
# the hold threshold went from log-odds 2 to 1, see learned.py), of rounds 12-13's 208 21 and 17,
# of rounds 14-15's 170 30 and 13.
NEAR_MISS_ALARMS = 122
NEAR_MISS_HOLDS = 79
# Blind texts that are also in the corpus word for word (measured when the blind sets came in;
# all in heldout3-14, none in a training set or an opened blind set).
BLIND_TEXTS_IN_CORPUS = 10


def _corpus_texts() -> list[str]:
    return [text for text, _, _ in read_corpus(sorted(CORPUS.glob("*.jsonl")))]


@pytest.mark.parametrize(
    "text",
    [
        "ik heb voor iedereen een brief geschreven",
        "vanavond is het klaar, ik heb er vrede mee",
        "i just want everything to stop forever",
    ],
)
def test_it_marks_urgent_what_no_rule_words_and_says_why(text: str) -> None:
    assert not RULES.moderate(text).urgent
    decision = moderate(text)
    assert decision.urgent
    # Still delivered: urgency reaches a coordinator, it does not silence her.
    assert decision.action == "flag"
    (reason,) = decision.reasons
    assert (reason.rule, reason.category, reason.action) == (LEARNED_URGENT, "distress", "flag")
    assert len(reason.match.split()) == 3
    assert reason.match in text


def test_the_quoted_words_are_what_she_typed() -> None:
    text = "IK HÉB VOOR IEDEREEN EEN BRIEF GESCHREVEN"
    (reason,) = moderate(text).reasons
    assert reason.rule == LEARNED_URGENT
    # Her own letters (capitals, accents), not the normalised text the model read.
    assert reason.match in text
    assert reason.match == reason.match.upper()


STRENGTH = {"allow": 0, "flag": 1, "hold": 2}


def test_they_only_ever_make_a_decision_stricter() -> None:
    for text in _corpus_texts() + list(NEAR_MISSES) + FAMILY_TEXTS:
        rules, both = RULES.moderate(text), moderate(text)
        assert STRENGTH[both.action] >= STRENGTH[rules.action]
        assert both.urgent >= rules.urgent
        added = [r.rule for r in both.reasons if r.rule not in {x.rule for x in rules.reasons}]
        assert set(added) <= {LEARNED_URGENT, LEARNED_HOLD}, text


def test_what_she_tells_about_is_never_held_by_the_model() -> None:
    told = 0
    for text in _corpus_texts() + FAMILY_TEXTS:
        if any(r.category == "disclosure" for r in RULES.moderate(text).reasons):
            told += 1
            assert LEARNED_HOLD not in {r.rule for r in moderate(text).reasons}, text
    assert told > 100


def test_it_holds_what_no_rule_words_and_says_why() -> None:
    # Hiding the chat from the people around her; no rule words it this way.
    text = "zet je notificaties uit, dan ziet niemand wat ik je stuur"
    assert RULES.moderate(text).action != "hold"
    decision = moderate(text)
    assert decision.action == "hold"
    reason = next(r for r in decision.reasons if r.rule == LEARNED_HOLD)
    assert reason.category == "learned"
    assert reason.match in text


def test_few_near_misses_raise_an_alarm_or_are_held() -> None:
    alarms = [t for t in NEAR_MISSES if moderate(t).urgent and not RULES.moderate(t).urgent]
    held = [t for t in NEAR_MISSES if moderate(t).action == "hold" != RULES.moderate(t).action]
    assert len(alarms) <= NEAR_MISS_ALARMS, alarms
    assert len(held) <= NEAR_MISS_HOLDS, held


def test_learning_is_deterministic() -> None:
    rows = read_corpus([DEV_PATH])
    examples = [Example(normalise(text).text, urgent) for text, _, urgent in rows]
    first, second = LearnedModel.learn(examples), LearnedModel.learn(examples)
    texts = [normalise(text).text for text, _, _ in rows]
    assert [first.score(t) for t in texts] == [second.score(t) for t in texts]


def test_the_blind_sets_share_almost_nothing_with_the_corpus() -> None:
    # Independent authors may still write a short text word for word alike ("dikke koe"); the
    # training sets `train_*` and the opened blind sets are cleared of every blind text before
    # they are added.
    corpus = set(_corpus_texts())
    shared = []
    for path in BLIND_PATHS:
        with path.open(encoding="utf-8") as handle:
            shared += sorted(corpus & {json.loads(line)["text"] for line in handle})
    assert len(shared) <= BLIND_TEXTS_IN_CORPUS, shared
    cleared = [*sorted(CORPUS.glob("train_*.jsonl")), *OPENED_BLIND_PATHS]
    assert not {t for t, _, _ in read_corpus(cleared)} & set(shared)


# sha256 of shared/moderation/dev.jsonl, which corpus/dev.jsonl copies.
DEV_SHA256 = "bca0b709764e13ffa35681f2b636e558c833b74e1a604a6d2c18c5a8a972b48a"


def test_the_corpus_copy_of_dev_is_exact() -> None:
    copy = DEV_PATH.read_bytes()
    assert hashlib.sha256(copy).hexdigest() == DEV_SHA256
    # Beside the clone in CI and on the team's machines: the policy's examples and the copy agree.
    if SHARED_DEV_PATH.exists():
        assert SHARED_DEV_PATH.read_bytes() == copy


def test_a_corpus_with_one_answer_only_is_refused() -> None:
    with pytest.raises(ValueError, match="both answers"):
        LearnedModel.learn([Example("hoi", positive=False), Example("doei", positive=False)])


def test_the_models_are_learnt_once_per_process() -> None:
    assert default_models() is default_models()


def test_the_packed_scores_are_each_models_own() -> None:
    models = default_models()
    for text in _corpus_texts()[:400] + list(NEAR_MISSES):
        found = features(normalise(text).text)[1]
        assert models.scores(found) == (
            models.urgent.score_features(found),
            models.hold.score_features(found),
        )
