"""Interview sessions: transcripts, their assessment as a whole, and the session dimensions."""
