"""Offline sentence embeddings from a static distillation of all-MiniLM-L6-v2.

The shipped file holds one int8 vector per WordPiece token (plus a per-row scale), made by running every
token of the MiniLM vocabulary through the transformer once (model2vec-style), PCA to 256 dims. A sentence
vector is the mean of its token vectors, L2-normalised. That needs numpy only: no torch, no tokenizers
package, no network; see docs/decisions-embedding.md for why this won over int8 ONNX MiniLM, and
scripts/distill_embeddings.py for how the file is built.

The tokenizer below re-implements the BERT uncased pipeline the model was distilled with (the
``tokenizers`` BertNormalizer, BertPreTokenizer and WordPiece); the build script checks that it gives the
same token ids as ``tokenizers`` on a test corpus (one known difference: literal "[PAD]"/"[UNK]" in the
text are ordinary text here, special tokens there). Tokens WordPiece cannot spell ([UNK]) are dropped, as
model2vec does, so text with no known token embeds to the zero vector. Texts are never truncated.
"""

from __future__ import annotations

import io
import json
import unicodedata
import zipfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from mlprobe.analyzer.integrity import verified_bytes
from mlprobe.errors import MlprobeError

MODEL_FILE = Path(__file__).parent / "models" / "minilm-l6-v2-static-256-int8.npz"
# Pinned so a corrupted or swapped file fails loudly instead of silently changing every score.
MODEL_SHA256 = "3139ce1cef2b43f76cf3cbf8cc8c1faecdec4d625582f648c6824b521a104192"
FORMAT_VERSION = 1

_MAX_WORD_CHARS = 100  # WordPiece's max_input_chars_per_word: longer words become [UNK]
_SUBWORD_PREFIX = "##"
_WORD_CACHE_SIZE = 1 << 16
# ASCII controls that BertNormalizer deletes; \t \n \r are kept (they are whitespace, split on later).
_ASCII_CONTROLS = {c: None for c in (*range(9), 11, 12, *range(14, 32), 127)}
_CJK_RANGES = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B73F),
    (0x2B740, 0x2B81F),
    (0x2B820, 0x2CEAF),
    (0xF900, 0xFAFF),
    (0x2F800, 0x2FA1F),
)


class EmbeddingModelError(MlprobeError):
    """The shipped embedding model file is missing, corrupted or of an unknown format."""


def _is_control(char: str) -> bool:
    # BertNormalizer removes "other" characters (Cc, Cf, Cs, Co, Cn) but keeps tab/newline/CR as space.
    return char not in "\t\n\r" and unicodedata.category(char).startswith("C")


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK_RANGES)


def _is_punctuation(char: str) -> bool:
    # BertPreTokenizer splits on ASCII punctuation (including $+<=>^`|~) and any Unicode P* character.
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _normalize_unicode(text: str) -> str:
    chars: list[str] = []
    for char in text:
        if char in "\x00\ufffd" or _is_control(char):
            continue
        if char.isspace():
            chars.append(" ")
        elif _is_cjk(char):
            chars.extend((" ", char, " "))
        else:
            chars.append(char)
    decomposed = unicodedata.normalize("NFD", "".join(chars))
    # Lower-case char by char as tokenizers does: str.lower() would turn a word-final Σ into ς, not σ.
    return "".join(c.lower() for c in decomposed if unicodedata.category(c) != "Mn")


def normalize(text: str) -> str:
    """BertNormalizer(clean_text, handle_chinese_chars, strip_accents, lowercase), in that order."""
    if text.isascii():  # fast path: nothing to decompose, no CJK, only ASCII controls to drop
        return text.translate(_ASCII_CONTROLS).lower()
    return _normalize_unicode(text)


def split_words(text: str) -> list[str]:
    """BertPreTokenizer: split on whitespace, and make every punctuation character its own word."""
    words: list[str] = []
    for chunk in text.split():
        if chunk.isalnum():  # letters and digits are never punctuation, so nothing to split
            words.append(chunk)
            continue
        start = 0
        for i, char in enumerate(chunk):
            if _is_punctuation(char):
                if i > start:
                    words.append(chunk[start:i])
                words.append(char)
                start = i + 1
        if start < len(chunk):
            words.append(chunk[start:])
    return words


def wordpiece(word: str, vocab: dict[str, int]) -> tuple[int, ...]:
    """Greedy longest-match-first WordPiece; () where the word would become [UNK]."""
    if len(word) > _MAX_WORD_CHARS:
        return ()
    ids: list[int] = []
    start = 0
    while start < len(word):
        end = len(word)
        prefix = _SUBWORD_PREFIX if start else ""
        while end > start and prefix + word[start:end] not in vocab:
            end -= 1
        if end == start:
            return ()
        ids.append(vocab[prefix + word[start:end]])
        start = end
    return tuple(ids)


class StaticEmbedder:
    """Embeds text as the L2-normalised mean of int8 token vectors; a pure function of the text."""

    def __init__(self, vocab: dict[str, int], vectors: np.ndarray, scales: np.ndarray) -> None:
        self._vocab = vocab
        self._vectors = vectors
        self._scales = scales
        # Words repeat a lot across answers; caching their ids keeps tokenization off the hot path.
        self._word_ids = lru_cache(maxsize=_WORD_CACHE_SIZE)(self._uncached_word_ids)

    @property
    def dim(self) -> int:
        return int(self._vectors.shape[1])

    def _uncached_word_ids(self, word: str) -> tuple[int, ...]:
        return wordpiece(word, self._vocab)

    def token_ids(self, text: str) -> list[int]:
        """Known token ids of ``text``, in order ([UNK] dropped)."""
        return [i for word in split_words(normalize(text)) for i in self._word_ids(word)]

    def _embed_one(self, text: str) -> np.ndarray:
        ids = np.fromiter(self.token_ids(text), dtype=np.intp)
        if ids.size == 0:
            return np.zeros(self.dim, dtype=np.float32)
        rows = self._vectors[ids].astype(np.float32) * self._scales[ids, None]
        # float64 accumulation: a 50k-word text must not drift from the same text's short form.
        mean = rows.mean(axis=0, dtype=np.float64).astype(np.float32)
        norm = float(np.linalg.norm(mean))
        return mean / norm if norm > 0.0 else np.zeros(self.dim, dtype=np.float32)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised float32 row per text; a text with no known token gives a zero row."""
        if isinstance(texts, str):  # a bare string would silently embed each character
            raise TypeError("embed() takes a list of texts, not a single string")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            out[row] = self._embed_one(text)
        return out


def _verified_bytes(path: Path, expected_sha256: str) -> bytes:
    return verified_bytes(path, expected_sha256, "embedding model file", EmbeddingModelError)


def _parse(data: bytes, path: Path) -> StaticEmbedder:
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            meta = json.loads(arrays["meta"].tobytes().decode("utf-8"))
            tokens = arrays["vocab"].tobytes().decode("utf-8").split("\n")
            vectors, scales = arrays["vectors"], arrays["scales"].astype(np.float32)
    except (KeyError, ValueError, OSError, zipfile.BadZipFile) as exc:
        raise EmbeddingModelError(f"embedding model file {path} is not a valid model: {exc}") from None
    if meta.get("format_version") != FORMAT_VERSION or not len(tokens) == len(vectors) == len(scales):
        raise EmbeddingModelError(f"embedding model file {path} has an unsupported layout: {meta}")
    return StaticEmbedder({token: i for i, token in enumerate(tokens)}, vectors, scales)


def read_embedder(path: Path, expected_sha256: str) -> StaticEmbedder:
    """Load a model file after checking its SHA-256; the bytes hashed are the bytes parsed."""
    return _parse(_verified_bytes(path, expected_sha256), path)


@lru_cache(maxsize=1)
def load_embedder() -> StaticEmbedder:
    """The shipped embedder, loaded and verified once per process."""
    return read_embedder(MODEL_FILE, MODEL_SHA256)
