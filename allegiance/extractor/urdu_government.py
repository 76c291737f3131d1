"""Coalition acts whose actor is "the government" in Urdu news: the team or committee a government sends to a
party ('حکومتی وفد نے ... بی این پی کو ... پیشکش کی'). The acting party is the one leading the government,
which the pipeline fills in (``fill_government``) from the story or the country's governments.tsv.
"""
from __future__ import annotations

import re

from ..model import Article, Event, Evidence
from . import urdu
from .urdu_names import WORD_END, WORD_START


def government_approaches(article: Article, sent: str, parties: list[tuple[int, int, str]], lex: dict,
                           evidence: Evidence, story: str | None) -> list[Event]:
    """'حکومتی وفد نے ... بی این پی کو دو وزارتیں دینے کی پیشکش کی' (the government's team offered the BNP two
    ministries): talks by the party that leads the government toward the one named, left open here (rule
    '.by_government') for the pipeline to fill from the story or the country's governments.tsv."""
    cue_at = urdu._first(sent, lex["coalition_talks"])
    agents = "|".join(re.escape(w) for w in sorted(lex["government_agents"], key=len, reverse=True))
    agent = re.search(rf"{WORD_START}(?:{agents})\s+نے{WORD_END}", sent[:max(cue_at, 0)])
    if cue_at < 0 or agent is None or not parties or parties[0][0] < agent.end() or urdu._conditional(sent, cue_at, lex):
        return []
    status = urdu._status(urdu._clause(sent, cue_at, lex), lex)
    if status == "fact" and urdu._future(sent, lex):
        status = "possible"
    return [Event(doc=article.doc, type="coalition", actor=None, counterpart=parties[0][2], action="talks",
                  date=urdu._date(sent, article, lex, story), status=status,
                  evidence=Evidence(evidence.sentence, evidence.start, evidence.end, "urdu.coalition.talks.by_government"),
                  confidence=0.5)]
