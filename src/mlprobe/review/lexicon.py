"""The reviewer's vocabulary: compiled patterns for the cues and specifics it looks for in a write-up.

Every rule in the reviewer is one of these patterns applied to one sentence, so a verdict can always be
traced back to the words that produced it. Patterns are deliberately conservative: a missed cue costs
a question the candidate can answer; an invented one costs their trust.
"""

from __future__ import annotations

import re


def words(*phrases: str, flags: int = re.I) -> re.Pattern[str]:
    """Whole-word alternatives; spaces in a phrase match any run of whitespace."""
    body = "|".join(sorted((p.replace(" ", r"\s+") for p in phrases), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


# --- section roles, from heading text --------------------------------------------------------------
SETUP_HEADING = re.compile(
    r"install|set ?up\b|setup|getting started|quick ?start|usage|how to (?:run|use)|^running|running (?:it|the|tests)|"
    r"prerequisites|requirements|development mode|production mode|local development|makefile|shortcuts|"
    r"api endpoints?|^endpoints|structure|repo(?:sitory)? layout|files in repo|directory|configuration|"
    r"environment variables|^commands|^tests?\b|testing|pages$|using .*features|screenshots|featured files|"
    r"additional information|deployment|^docker|^steps\b|^development$|^dashboard features",
    re.I,
)
PLANNED_HEADING = re.compile(r"future|next steps?|planned|roadmap|to ?do\b|upcoming|coming soon|what's next|ideas\b", re.I)
META_HEADING = re.compile(
    r"licen[cs]e|author|acknowledg|contribut|references?$|citation|credits|contact|team members|^support$|"
    r"additional resources|documentation|^docs\b|^links|attribution|tech(?:nology)? stack|technologies|key tools|"
    r"tools and integrations|built with|security features|accessibility|data rights|privacy|badges",
    re.I,
)

# --- is this a machine-learning project? ------------------------------------------------------------
ML_TERMS: dict[str, re.Pattern[str]] = {
    "machine learning": re.compile(r"machine[- ]learning|\bML\b|\bMLOps\b|deep learning"),
    "training": re.compile(r"\btrain(?:ed|ing|s)?\b|fine-?tun\w*", re.I),
    "dataset": re.compile(r"\bdata ?sets?\b|training data", re.I),
    "model family": re.compile(
        r"classifier|classification|\bregression\b|neural net\w*|\bCNN\b|\bLSTM\b|transformer|\bBERT\b|xgboost|lightgbm|"
        r"catboost|random forest|decision tree|gradient boosting|\bLLM\b|\bLoRA\b|embedding",
        re.I,
    ),
    "metric": re.compile(r"\baccuracy\b|\bAUC\b|\bROC\b|\bF1\b|\bRMSE\b|\bMAE\b|log ?loss|\bBLEU\b|precision|perplexity", re.I),
    "prediction": re.compile(r"\bpredict\w*|\binference\b|\bforecast\w*", re.I),
    "framework": re.compile(r"pytorch|tensorflow|keras|scikit-learn|sklearn|hugging ?face|transformers", re.I),
    "ml practice": re.compile(
        r"hyperparameter|cross-?validation|overfit\w*|feature engineering|\bepochs?\b|sentiment analysis|"
        r"computer vision|\bNLP\b|churn|calibrat\w*",
        re.I,
    ),
}
ML_THRESHOLD = 3  # distinct families; a web app that mentions "model" and "features" scores 0 or 1

# --- the three elements -----------------------------------------------------------------------------
CONSTRAINT = re.compile(
    r"\$\s?\d|\bbudget|\bcosts?\b|expensive|cheaper|afford|deadline|time limit|quotas?\b|\blimited\b|\bonly had\b|"
    r"\bmemory\b|\bOOM\b|\bVRAM\b|\bRAM\b|latency|interruptions?|interrupted|capacity|constraints?\b|complian\w*|"
    r"regulat\w*|couldn'?t|could not|can'?t|cannot|not enough|isn'?t enough|too (?:slow|large|big|expensive|long|small)|"
    r"savings|\bGPU hours\b",
    re.I,
)
CHOICE = re.compile(
    r"\bdecided\b|\bdecision:|^decision\b|\bchose\b|\bopted\b|\bswitched\b|\bwent with\b|\bsettled on\b|\binstead of\b|"
    r"\brather than\b|\btraded\b|\bgave up\b|\bsacrificed?\b|\bhad to\b|\bso (?:we|i)\b|\bpicked\b|\bprioriti[sz]ed\b|"
    r"\bin favou?r of\b",
    re.I,
)
SURPRISE = re.compile(
    r"turned out|it turns out|surprising(?:ly)?|unexpected(?:ly)?|to (?:my|our) surprise|reali[sz]ed|\bnoticed\b|"
    r"\bdiscovered\b|found out|root cause|the (?:problem|issue|catch) was|\bactually\b|lessons? learned|"
    r"learned the hard way|\bcaveat\b|mismatch|did(?:n'?t| not) expect|not what (?:i|we) expected|silently|"
    r"\bonly (?:\w+ ){0,3}(?:preserved|kept|saved|survived)\b",
    re.I,
)
FAILURE = re.compile(
    r"\boverfit(?:ting|ted|s)?\b|\bbroke\b|\bbroken\b|\bcrash(?:ed|es)\b|\bfailed\b|\bfailures?\b|\bbugs?\b|\blost\b|"
    r"interruptions?|\binterrupted\b|\bOOM\b|out of memory|\bleak(?:ed|age|s)?\b|\bworse\b|\bdegraded\b|rolled back|"
    r"\breverted\b|did(?:n'?t| not) work|\bwasted\b|timed out|\bdiverged\b",
    re.I,
)
NEGATED = re.compile(r"\b(?:zero|no|without|prevents?|avoids?|avoid(?:ed|ing)|free of)\s+(?:\w+\s+){0,2}?(?:data\s+)?(?:leak\w*|failures?|bugs?|overfit\w*|delays?)", re.I)
OTHERS = re.compile(r"\b(?:winners?|others|other people|competitors|top teams?)\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:i|we|my|our|me|us)\b", re.I)
CHANGE = re.compile(
    r"\bswitched\b|\bswitch(?:ing)? to\b|\breplaced\b|\breverted\b|rolled back|went back|\b(?:older|previous|earlier) version\b|"
    r"\bretrained\b|\bre-?ran\b|\bfixed\b|^solution:|\bimplemented\b|\bchanged\b|\bmoved (?:to|from)\b|\bredesigned\b|"
    r"\breduced\b|\bincreased\b|\badded\b|\bremoved\b|\binstead\b|\bfrom [~\d.,$%]+\s*\w*\s+to [~\d.,$%]+|\bv2\b|"
    r"\bsecond (?:run|attempt|version|try)\b|\bnow (?:use|uses|using)\b|\bre-?labell?ed\b",
    re.I,
)
CONDITIONAL = re.compile(r"\bif\b|\bwhen (?:you|the user)\b|\bunless\b", re.I)
PLANNED_TALK = re.compile(r"\b(?:i'll|we'll|i will|we will|will be|plan to|planned|going to|soon|todo|in the future|future (?:work|improvements?))\b", re.I)

# --- red flags ----------------------------------------------------------------------------------------
SEQUENCE = re.compile(r"^\s*(?:first(?:ly)?|then|next|after that|afterwards|finally|lastly|start with|end with|step \d)\b", re.I)
STAGES: dict[str, re.Pattern[str]] = {
    "ingest": re.compile(r"\bingest\w*|\bETL\b|data (?:collection|acquisition)|\bloads? (?:the )?(?:csv|data)", re.I),
    "explore": re.compile(r"\bEDA\b|exploratory", re.I),
    "prepare": re.compile(r"preprocess\w*|pre-process\w*|\bclean(?:s|ing|ed)?\b|\bencod\w+", re.I),
    "features": re.compile(r"feature (?:engineering|creation|extraction)|engineered features", re.I),
    "train": re.compile(r"\btrain(?:s|ing|ed)?\b|model development|fine-?tun\w*", re.I),
    "tune": re.compile(r"hyperparameter|grid ?search|optuna", re.I),
    "evaluate": re.compile(r"\bevaluat\w+|\bmetrics\b|cross-?validation", re.I),
    "ensemble": re.compile(r"\bensembl\w*|\bstacking\b", re.I),
    "serve": re.compile(r"\bserv(?:e|es|ing)\b|\bAPI\b|\bdeploy\w*|\bpredictions?\b", re.I),
}
DEPLOY_CLAIM = re.compile(
    r"production[- ](?:ready|grade|minded)|deploy-ready|\bdeploy(?:s|ed|ing|ment)?\b|docker(?:ized|ised)?\b|containeri[sz]ed|"
    r"kubernetes|\bk8s\b|\bAWS\b|\bGCP\b|google cloud|azure|vertex ai|sagemaker|fastapi|\bflask\b|gunicorn|streamlit|"
    r"hugging ?face spaces?|heroku|ci/cd|github actions|torchserve|pytorch serve|hetzner|\bVPS\b|live demo|rest ?api",
    re.I,
)
CONSEQUENCE = re.compile(
    r"\busers? (?:reported|complained|asked|told|noticed|stopped|started)\b|\bincidents?\b|\boutages?\b|rolled back|"
    r"\brollback\b|\bpaged\b|\balert(?:s|ed)? (?:fired|went)|\bdrift (?:was )?detected|\blatency (?:was|rose|spiked|jumped)|"
    r"\btraffic (?:was|grew|spiked)|\brequests (?:per|a) (?:day|week)\b|\bin production for (?:\d+|a|an|two|three|four|six|several|over a) (?:days?|weeks?|months?|years?)\b|\bcost us\b|\blost\b",
    re.I,
)
METRIC_CAVEAT = re.compile(
    r"overfit\w*|\bcaveat\b|\bworse\b|optimistic|inflat\w+|misleading|may not|might not|does(?:n'?t| not) (?:generali[sz]e|hold|transfer)|"
    r"\bonly (?:on|for)\b|\bgap between\b|\bhid(?:e|es|den)?\b|isn'?t enough|is not enough|not enough|\bleak\w*|"
    r"\bfell\b|\bdropped\b|\bshadow\b|\bonline\b|in production|(?:didn'?t|did not|finally) match\w*",
    re.I,
)
METRIC_CONTEXT = re.compile(r"\bscores?\b|\bmetrics?\b|validation|leaderboard|\btest\b|\bAUC\b|accuracy|log ?loss|\bF1\b|\bRMSE\b", re.I)
ABSOLUTE = re.compile(
    r"\bperfect(?:ly)?\b|\bzero (?:data )?leakage\b|\bno (?:data )?leakage\b|(?<![\d.])100\s?%|\bflawless\w*|"
    r"\bstate[- ]of[- ]the[- ]art\b|\bworld[- ]class\b|\bhigh[- ]accuracy\b|\bhonest\b|\bproduction[- ]ready\b",
    re.I,
)
DATA_CHANGE = re.compile(
    r"\bdrift\w*|data shift|distribution shift|covariate shift|concept drift|new data (?:arrives|arriving|comes)|fresh data|"
    r"incoming data|streaming data|train(?:ed)? on (?:the )?past|validat\w* on (?:the )?future|temporal (?:validation|split|cv)|"
    r"time-based split|out-of-time|retrained on|data (?:changed|changes|shifted)|seasonal\w*",
    re.I,
)
LABEL_QUALITY = re.compile(
    r"label(?:l?ing)? (?:noise|errors?|quality|delay|guidelines)|noisy labels?|mislabel\w*|annotation guidelines|"
    r"inter-annotator|(?:annotator|labell?er|rater) agreement|re-?label\w*|weak (?:labels|supervision)|proxy labels?|"
    r"labels? (?:were|was|are) (?:derived|made|created|noisy|wrong|delayed)|labels arrive|audit\w* (?:the )?labels",
    re.I,
)
LABEL_CLAIM = re.compile(r"professional translations?|ground[- ]truth|clean labels|high-quality labels|human-verified|gold labels|expert-labell?ed", re.I)
LABEL_MENTION = re.compile(
    r"\blabel(?:s|ed|led|ing|ling)?\b|annotat\w+|ground[- ]truth|sentiment tags|star ratings?|ratings from|"
    r"target (?:variable|column)|\btranslations\b",
    re.I,
)
USERS = re.compile(r"\b(?:users|customers|clients|stakeholders|children|learners|businesses|analysts|students|communities|people|teams|doctors|clinicians|operators)\b", re.I)
ACTUAL_USE = re.compile(
    r"\bused by\b|\busers? (?:reported|told|asked|complained|said|found|started|stopped)\b|\bfeedback from\b|\badopted\b|"
    r"\bin use\b|\bpilot\b|\bbeta testers?\b|\brequests (?:per|a) (?:day|week)\b|\bstakeholders? (?:asked|wanted|used|reviewed)\b|"
    r"\b(?:users|customers|analysts|clinicians|doctors|teams?|operators|agents|staff|reviewers|moderators|students|learners|"
    r"stakeholders|clients|partners)\s+(?:used|use|relied|rely|complained|asked|reported|adopted|told|said)\b|"
    r"\b\d[\d,.]*\s?[KkM]?\s+(?:daily|weekly|monthly|active) users\b",
    re.I,
)

# --- specifics ------------------------------------------------------------------------------------
METRIC_NAMES = (
    r"ROC[- ]AUC|AUROC|AUC|accuracy|top-1 accuracy|F1(?:[- ]score)?|macro[- ]F1|precision|recall|RMSE|RMSLE|MAE|MAPE|"
    r"R2|R²|log ?loss|Brier score|BLEU|chrF|ROUGE(?:-L)?|perplexity|mAP|NDCG|WER|IoU|Dice"
)
METRIC_NAME = re.compile(rf"^(?:{METRIC_NAMES})$", re.I)
_VALUE = r"~?\d+(?:[.,]\d+)?\s?%?"
_QUALIFIER = r"(?:(?:over|above|about|around|nearly|almost|up to|roughly|approximately|~)\s+)?"
_ON = r"(?:\s+on\s+(?:the\s+)?(?:(?:public|private)\s+)?(?:leaderboard|test set|validation set|held-?out (?:set|data)|[A-Z][\w\-]+))?"
METRIC_VALUE_FIRST = re.compile(rf"{_QUALIFIER}(?P<value>{_VALUE})\s+(?P<name>{METRIC_NAMES})\b{_ON}", re.I)
METRIC_NAME_FIRST = re.compile(rf"\b(?P<name>{METRIC_NAMES})\s*(?:score)?\s*(?:of|:|=|was|is|reached|hit|at|around|≈)?\s*(?P<value>{_VALUE})(?![\w.])", re.I)
SCORED = re.compile(rf"\bscored\s+(?P<value>{_VALUE}){_ON}", re.I)
LABELLED_PERCENT = re.compile(r"(?P<label>[A-Za-z][\w\- ]{1,40}?):\s*(?P<value>~?\d+(?:[.,]\d+)?\s?%)")
RESULTS_HEADING = re.compile(r"result|performance|evaluation|metrics|score|benchmark", re.I)
BEST_MODEL = re.compile(r"best(?:[- ]performing)? model\s*(?:was|is|:)\s*(?P<model>[A-Z][\w\-]*(?: [A-Z][\w\-]*)?)", re.I)

KNOWN_DATASETS = (
    "UCSD Amazon Reviews 2023", "Amazon Reviews", "Fashion-MNIST", "MNIST", "CIFAR-10", "CIFAR-100", "ImageNet", "COCO",
    "IMDB", "SST-2", "SQuAD", "GLUE", "MovieLens", "Iris", "Boston Housing", "California Housing", "Telco Customer Churn",
    "Telco", "KKBOX", "NLLB", "Yelp", "Wine Quality", "Credit Card Fraud", "Pima", "Breast Cancer Wisconsin",
    "Penn Treebank", "WikiText", "LibriSpeech", "Common Voice", "Criteo", "Avazu", "Rossmann", "Ames Housing",
    "20 Newsgroups", "Sentiment140", "CelebA", "Cityscapes", "KITTI", "PASCAL VOC", "Titanic", "Adult Census",
)
KNOWN_DATASET = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(d) for d in KNOWN_DATASETS) + r")(?![\w-])")
NAMED_DATASET = re.compile(r"((?:[A-Z][\w\-]*|\d{4})(?:\s+(?:[A-Z][\w\-]*|\d{4})){0,4})\s+[Dd]ataset\b")
DATASET_LABEL = re.compile(r"\b(?:Dataset(?: Source| Name)?|Data ?set|Training Data|Data)\s*:\s*(?P<name>[^(;\n]+?)(?:\s*[(;]|\s+-\s|$)")
KAGGLE_COMPETITION = re.compile(r"Kaggle(?:'s)?\s+(?P<name>[A-Z][^.\n]{2,80}?)\s+competition")
DATA_FILE = re.compile(r"(?<![\w/])(?:[\w.\-]+/)*(?P<file>[\w\-]+\.(?:csv|parquet|jsonl|tsv|xlsx))\b")
DATASET_URL = re.compile(r"huggingface\.co/datasets/(?P<hf>[\w\-]+/[\w\-.]+)|kaggle\.com/(?:c|competitions|datasets)/(?P<kaggle>[\w\-]+(?:/[\w\-]+)?)")
NOT_A_NAME = {"the", "a", "an", "this", "our", "my", "public", "download", "processed", "sampled", "training", "large", "full", "original", "raw", "data", "source"}

# Model and algorithm names. Multi-word names match in any case ("random forest", "Random Forest"); acronyms,
# product and class names only in their own spelling ("CNN", "XGBoost", "LogisticRegression"), so "cnn" in a
# path, "Bert" the person, "prophet" the word or "lasso" the tool are not models. A name followed by
# "imputation" or "imputer" names a preprocessing step, not a model.
_NOT_A_STEP = r"(?!\s+imput\w*)"
MODEL_ANY_CASE = (
    r"logistic[ -]?regression", r"linear regression", r"ridge regression", r"lasso regression", r"polynomial regression",
    r"elastic[ -]?net", r"decision[ -]?trees?", r"random[ -]?forests?", r"extra[ -]trees", r"isolation[ -]forests?",
    r"gradient[ -]boost(?:ing|ed)(?: (?:machines?|trees?|classifiers?|regressors?))?", r"support[ -]vector[ -](?:machines?|classifiers?|regression)",
    r"k-?nearest[ -]neighbou?rs?" + _NOT_A_STEP, r"naive[ -]bayes", r"k-means(?: clustering)?", r"(?:variational )?autoencoders?",
    r"multi-?layer perceptrons?", r"convolutional neural networks?", r"recurrent neural networks?", r"stacking ensemble",
    r"(?:xgboost|lightgbm|catboost)(?=\s+(?:model|classifier|regressor)s?\b)",
)
MODEL_CASED = (
    r"XGBoost", r"LightGBM", r"CatBoost", r"AdaBoost", r"SVMs?", r"SVC", r"SVR", r"KNN" + _NOT_A_STEP, r"CNNs?(?!/Daily)", r"RNNs?",
    r"(?:Bi)?LSTMs?", r"GRUs?", r"MLPs?", r"GNNs?", r"GANs?", r"DistilBERT", r"RoBERTa", r"ALBERT", r"DeBERTa(?:-v3)?",
    r"BERT(?:-(?:base|large))?", r"GPT-\d(?:\.\d)?(?:o(?:-mini)?|-turbo|-mini)?", r"Llama[- ]?\d(?:\.\d)?(?:-\d+B)?", r"LLaMA(?:[- ]?\d)?",
    r"Mistral[- ]7B(?:-v\d(?:\.\d)?)?(?:-Instruct)?", r"Mixtral[- ]8x7B", r"Flan-T5", r"T5", r"BART", r"ResNet-?\d*", r"EfficientNet(?:-?B\d)?",
    r"VGG-?\d*", r"MobileNet(?:-?V\d)?", r"Inception-?[vV]\d", r"DenseNet-?\d*", r"YOLO(?:v\d+)?", r"U-Net", r"ViT", r"CLIP",
    r"Prophet", r"S?ARIMA", r"LogisticRegression", r"LinearRegression", r"RandomForest(?:Classifier|Regressor)?",
    r"DecisionTree(?:Classifier|Regressor)?", r"GradientBoosting(?:Classifier|Regressor)", r"XGB(?:Classifier|Regressor)",
    r"LGBM(?:Classifier|Regressor)", r"KNeighbors(?:Classifier|Regressor)", r"MultinomialNB", r"GaussianNB",
)
_NAME_END = r"(?:(?=-(?:based|style|like|powered|inspired)\b)|(?![\w-]))"
MODEL = re.compile(r"(?<![\w-])(?:" + "|".join([f"(?i:{p})" for p in MODEL_ANY_CASE] + list(MODEL_CASED)) + r")" + _NAME_END)
# Techniques around a model (fine-tuning, calibration, features, retrieval, resampling): worth naming, but not
# alternatives to the model, so questions never ask why one of them "won" against it.
TECHNIQUE_ANY_CASE = (
    r"isotonic (?:calibration|regression)", r"platt scaling", r"temperature scaling", r"retrieval[- ]augmented generation",
    r"bag[- ]of[- ]words", r"k-?nearest[- ]neighbou?rs? imput(?:ation|er)", r"grid ?search",
)
TECHNIQUE_CASED = (r"Q?LoRA", r"PEFT", r"TF-IDF", r"[Ww]ord2[Vv]ec", r"GloVe", r"RAG", r"SMOTE", r"PCA", r"SHAP", r"KNN imput(?:ation|er)", r"GridSearchCV")
TECHNIQUE = re.compile(r"(?<![\w-])(?:" + "|".join([f"(?i:{p})" for p in TECHNIQUE_ANY_CASE] + list(TECHNIQUE_CASED)) + r")" + _NAME_END)
MODEL_ALIASES = {"xgb": "xgboost", "lgbm": "lightgbm", "svc": "svm", "svr": "svm", "supportvectormachine": "svm", "supportvectorclassifier": "svm",
                 "kneighbors": "knn", "knearestneighbour": "knn", "knearestneighbor": "knn", "multilayerperceptron": "mlp",
                 "convolutionalneuralnetwork": "cnn", "recurrentneuralnetwork": "rnn"}

TOOL_PATTERNS = (
    r"Docker Compose", r"Docker", r"Kubernetes", r"AWS SageMaker", r"SageMaker", r"AWS", r"\bS3\b", r"Vertex AI",
    r"Google Cloud(?: Platform| Storage)?", r"GCP", r"Azure", r"FastAPI", r"Flask", r"Gunicorn", r"uvicorn", r"Streamlit",
    r"Gradio", r"Hugging Face (?:Hub|Spaces?)", r"Heroku", r"GitHub Actions", r"CI/CD", r"Airflow", r"Dagster",
    r"Kubeflow", r"MLflow", r"DVC", r"PostgreSQL", r"Redis", r"Ollama", r"PyTorch Serve", r"TorchServe", r"Hetzner",
    r"Nginx", r"React", r"ECS", r"Lambda", r"Terraform", r"Prometheus", r"Grafana", r"CloudWatch", r"Evidently",
    r"Pinecone", r"DuckDB",
)
TOOL = re.compile(r"(?<![\w-])(?:" + "|".join(TOOL_PATTERNS) + r")(?![\w-])")

SCALE = re.compile(
    r"(?<![\w.$\-/])(?P<n>~?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|thousand)|[KMB])?)\s+"
    r"(?P<what>(?:[A-Za-z][\w\-]*\s+){0,2}?(?:reviews|users|customers|rows|records|images|examples|samples|sentence pairs|"
    r"pairs|documents|transactions|features|parameters|passengers|members|requests|predictions|hours|days|epochs|"
    r"orders|loans|sessions|clicks|queries|tickets|patients|claims|calls|messages|emails|videos|articles|products|items|"
    r"classes|labels|tokens|checkpoints|req/min|reviews/chunk))\b",
)
SIZE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?(?:GB|TB|MB)\b(?:\s+(?:RAM|VRAM))?")
MONEY = re.compile(r"\$\d[\d,]*(?:\.\d+)?(?:/(?:hr|hour|month|day))?")
HARDWARE = re.compile(r"\bml\.[\w.]+\b|\b(?:NVIDIA )?A10G\b|\bA100\b|\bV100\b|\bT4\b|\bH100\b")

TARGET = (
    re.compile(r"\bpredict(?:s|ing)?\s+(?:whether\s+|which\s+|the\s+)?(?P<t>(?:[\w\-']+\s+){0,5}?[\w\-']+?)(?=\s*[.,;:(]|\s+(?:using|with|from|based|by|for|and)\b|$)", re.I),
    re.compile(r"\bclassify(?:ing)?\s+(?P<t>[\w\- ]{3,40}?)\s+into\b", re.I),
    re.compile(r"\brecogni[sz]es?\s+(?P<t>[\w\- ]{3,40}?)(?=\s*[(.,;]|$)", re.I),
    re.compile(r"\banaly[sz](?:e|es|ing)\s+(?P<t>[\w\- ]{3,40}?)\s+(?:using|with)\b", re.I),
    re.compile(r"\btranslat(?:e|es|ion) between (?P<t>[\w\- ]{3,40}?)(?=[.,;]|$)", re.I),
    re.compile(r"(?P<t>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+(?:Prediction|Classification|Forecasting|Detection)\b"),
)
