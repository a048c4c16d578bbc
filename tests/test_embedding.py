"""The offline sentence embedder: real shipped model, no network, no torch, verified weights."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from mlprobe.analyzer.embedding import (
    MODEL_FILE,
    MODEL_SHA256,
    EmbeddingModelError,
    StaticEmbedder,
    load_embedder,
    read_embedder,
)

# (anchor, paraphrase, unrelated) in the domain of interview answers.
TRIPLETS = [
    (
        "We rolled back to the previous model.",
        "We reverted to the old version.",
        "The annotators disagreed on many edge cases.",
    ),
    (
        "Precision dropped after we deployed to production.",
        "Once it went live, the precision fell.",
        "We cached embeddings to cut inference cost.",
    ),
    (
        "We deduplicated the training examples.",
        "We removed duplicate rows from the training data.",
        "I enjoy hiking in the mountains on weekends.",
    ),
    (
        "GPU memory ran out during training.",
        "Training crashed with out-of-memory errors on the GPU.",
        "We ran an A/B test for two weeks.",
    ),
    (
        "We monitored the feature distributions for drift.",
        "We tracked whether the input features shifted over time.",
        "My manager asked me to present at the all-hands.",
    ),
    (
        "The annotators disagreed on many edge cases.",
        "Labelers often didn't agree on the ambiguous examples.",
        "We shipped the model behind a feature flag.",
    ),
    (
        "We lowered the decision threshold to catch more fraud.",
        "To flag more fraudulent transactions, we reduced the cutoff.",
        "The coffee machine on our floor was broken for a month.",
    ),
]


@pytest.fixture(scope="module")
def embedder() -> StaticEmbedder:
    return load_embedder()


def cosine_pairs(embedder: StaticEmbedder, left: list[str], right: list[str]) -> np.ndarray:
    return (embedder.embed(left) * embedder.embed(right)).sum(axis=1)


def tokens(embedder: StaticEmbedder, text: str) -> list[str]:
    by_id = {i: token for token, i in embedder._vocab.items()}
    return [by_id[i] for i in embedder.token_ids(text)]


@pytest.mark.parametrize(("anchor", "paraphrase", "unrelated"), TRIPLETS)
def test_paraphrase_scores_higher_than_unrelated(
    embedder: StaticEmbedder, anchor: str, paraphrase: str, unrelated: str
) -> None:
    para, other = cosine_pairs(embedder, [anchor, anchor], [paraphrase, unrelated])
    assert para > other + 0.05


def test_paraphrases_beat_unrelated_on_average_by_a_clear_margin(embedder: StaticEmbedder) -> None:
    anchors = [t[0] for t in TRIPLETS]
    para = cosine_pairs(embedder, anchors, [t[1] for t in TRIPLETS])
    other = cosine_pairs(embedder, anchors, [t[2] for t in TRIPLETS])
    assert para.mean() - other.mean() > 0.15


def test_rows_are_unit_float32_one_per_text(embedder: StaticEmbedder) -> None:
    vectors = embedder.embed(["one sentence", "and another one"])
    assert vectors.dtype == np.float32 and vectors.shape == (2, embedder.dim) == (2, 256)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.embed([]).shape == (0, embedder.dim)
    with pytest.raises(TypeError):
        embedder.embed("a bare string")  # type: ignore[arg-type]


def test_deterministic_across_calls_batches_and_loads(embedder: StaticEmbedder) -> None:
    texts = [t for triplet in TRIPLETS for t in triplet]
    first = embedder.embed(texts)
    assert np.array_equal(first, embedder.embed(texts))
    assert np.array_equal(first[3], embedder.embed([texts[3]])[0])  # a text's vector ignores its batch
    assert np.array_equal(first, read_embedder(MODEL_FILE, MODEL_SHA256).embed(texts))


@pytest.mark.parametrize("text", ["", "   \n\t ", "🚀🔥", "\x00\x07"])
def test_text_with_no_known_token_is_a_zero_vector(embedder: StaticEmbedder, text: str) -> None:
    vector = embedder.embed([text])[0]
    assert vector.shape == (embedder.dim,) and not vector.any()


def test_very_long_input_embeds_every_token(embedder: StaticEmbedder) -> None:
    sentence = "We rolled back to the previous model after precision dropped. "
    vector = embedder.embed([sentence * 5000])[0]  # ~50k words, far past any transformer's window
    assert np.isfinite(vector).all()
    np.testing.assert_allclose(vector, embedder.embed([sentence])[0], atol=1e-5)  # same tokens, same mean


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben das Modell auf die vorherige Version zurückgesetzt.",
        "模型上线后精度下降了，我们回滚了版本。",
        "Nous avons réentraîné le modèle chaque semaine.",
        "ΟΔΥΣΣΕΥΣ straße İstanbul",
    ],
)
def test_non_english_input_gives_a_unit_vector(embedder: StaticEmbedder, text: str) -> None:
    vector = embedder.embed([text])[0]
    assert np.isfinite(vector).all()
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("unaffable", ["una", "##ffa", "##ble"]),
        ("Hello, World!", ["hello", ",", "world", "!"]),
        ("don't  Café\tnaïve", ["don", "'", "t", "cafe", "naive"]),
        ("上下", ["上", "下"]),  # CJK is split per character
        ("ΟΔΥΣΣΕΥΣ", ["ο", "##δ", "##υ", "##σ", "##σ", "##ε", "##υ", "##σ"]),  # no final-sigma rule
        ("x" * 101 + " ok", ["ok"]),  # words over 100 chars are [UNK], which is dropped
    ],
)
def test_tokenizer_matches_bert_uncased_wordpiece(embedder: StaticEmbedder, text: str, expected: list[str]) -> None:
    assert tokens(embedder, text) == expected


def test_shipped_file_has_the_pinned_hash() -> None:
    import hashlib

    assert hashlib.sha256(MODEL_FILE.read_bytes()).hexdigest() == MODEL_SHA256


def test_hash_mismatch_raises_and_names_the_file(tmp_path: Path) -> None:
    tampered = tmp_path / MODEL_FILE.name
    data = bytearray(MODEL_FILE.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    with pytest.raises(EmbeddingModelError, match="SHA-256") as caught:
        read_embedder(tampered, MODEL_SHA256)
    assert str(tampered) in str(caught.value) and MODEL_SHA256 in str(caught.value)


def test_missing_file_raises_and_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "absent.npz"
    with pytest.raises(EmbeddingModelError, match=str(missing)):
        read_embedder(missing, MODEL_SHA256)


def test_a_file_that_is_not_a_model_raises_a_clear_error(tmp_path: Path) -> None:
    import hashlib

    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(EmbeddingModelError, match="not a valid model"):
        read_embedder(junk, hashlib.sha256(b"not a zip at all").hexdigest())


def test_loads_with_no_network_no_torch_no_tokenizers() -> None:
    """A fresh interpreter with sockets disabled loads and embeds, and imports neither torch nor tokenizers."""
    code = (
        "import socket, sys\n"
        "def refuse(*a, **k): raise RuntimeError('network used')\n"
        "socket.socket = refuse; socket.create_connection = refuse; socket.getaddrinfo = refuse\n"
        "from mlprobe.analyzer.embedding import load_embedder\n"
        "v = load_embedder().embed(['we reverted to the old version'])\n"
        "assert abs(float((v * v).sum()) - 1.0) < 1e-5\n"
        "heavy = sorted(m for m in ('torch', 'tokenizers', 'transformers', 'onnxruntime', 'huggingface_hub')"
        " if m in sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
