"""The words that signal a link between two events, grouped by the relation they give.

Written here from how English marks attribution, reaction, cause and time order; no rule
file of another project is copied. Each list holds lemmas (for verbs) or lowercase words.
"""

from __future__ import annotations

from ._lexicon import words_of

__all__ = [
    "ACCUSING",
    "ANTECEDENTS",
    "BLAMING",
    "CAUSE_CONNECTIVES",
    "CAUSING",
    "CONDEMNING",
    "CONSEQUENCE_OPENERS",
    "DEFINITE",
    "DENYING",
    "DYING",
    "ENABLING",
    "FAULT_NOUNS",
    "FROM_CAUSE",
    "HARMS",
    "HARM_PARTICIPLES",
    "PREVENTING",
    "PROTESTS",
    "REACTION_PHRASES",
    "REPORTING",
    "RESPONDING",
    "RETALIATING",
    "SANCTIONS",
    "SPEECH_NOUNS",
    "THREATENING",
    "TIME_ORDER",
    "WARNING",
]

# Verbs whose complement is what the speaker tells: "reports".
REPORTING = words_of(
    """say tell report announce state add explain note write confirm reveal disclose declare
    claim allege insist acknowledge admit testify inform"""
)
BLAMING = words_of("blame")
ACCUSING = words_of("accuse charge criticise criticize hit lash fault")
DENYING = words_of("deny reject dispute refute dismiss rebuff")
CONDEMNING = words_of("condemn denounce decry deplore")
WARNING = words_of("warn caution")
THREATENING = words_of("threaten vow")
RESPONDING = words_of("respond react reply answer")
RETALIATING = words_of("retaliate avenge")

# Verbs whose subject is the cause and whose object (or "to" phrase) the effect.
CAUSING = words_of(
    """cause trigger spark prompt provoke fuel ignite unleash produce create
    lead result contribute bring force drive leave"""
)
ENABLING = words_of("enable allow permit")
PREVENTING = words_of("prevent stop block avert halt hinder thwart foil")
# Verbs whose subject is the effect and whose "from" phrase is the cause.
FROM_CAUSE = words_of("result stem arise")
# After a comma, these participles say what an event did: "..., killing six".
HARM_PARTICIPLES = words_of(
    """kill injure wound leave destroy damage displace force trap cut strand flatten
    sink bring cause spark trigger prompt"""
)
# Passive verbs of harm that an event noun after "in" or "during" did: "killed in a blast".
HARMS = words_of(
    """kill injure wound hurt destroy damage displace trap strand maim burn flatten
    sink"""
)
# Verbs of dying, which an event after "in" or "by" caused: "died in the raid".
DYING = words_of("die drown perish")
# Sanctions and rewards, which answer what their "for" phrase names: "arrested for".
SANCTIONS = words_of(
    """arrest detain jail imprison charge sentence fine punish sack fire suspend expel
    convict prosecute book ban penalise penalize discipline dismiss praise thank reward
    honour honor apologise apologize"""
)
# Protests, which answer what their "over" or "against" phrase names.
PROTESTS = words_of(
    """protest protests demonstrate demonstration demonstrations rally rallies march
    marches strike strikes agitate agitation riot riots clash clashes"""
)
# Prepositional phrases that introduce a cause: "because of the storm".
CAUSE_CONNECTIVES: tuple[tuple[str, ...], ...] = (
    ("as", "a", "result", "of"),
    ("as", "a", "consequence", "of"),
    ("because", "of"),
    ("due", "to"),
    ("owing", "to"),
    ("thanks", "to"),
    ("on", "account", "of"),
)
# Phrases that say one event answers another: "in response to the strike".
REACTION_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("in", "response", "to"), "responds_to"),
    (("in", "reaction", "to"), "responds_to"),
    (("in", "answer", "to"), "responds_to"),
    (("in", "protest", "at"), "responds_to"),
    (("in", "protest", "against"), "responds_to"),
    (("in", "protest", "over"), "responds_to"),
    (("in", "retaliation", "for"), "retaliates_for"),
    (("in", "retaliation", "against"), "retaliates_for"),
    (("in", "revenge", "for"), "retaliates_for"),
    (("in", "reprisal", "for"), "retaliates_for"),
)
# Sentence openers that make the sentence the consequence of the one before.
CONSEQUENCE_OPENERS: tuple[tuple[str, ...], ...] = (
    ("as", "a", "result"),
    ("as", "a", "consequence"),
    ("consequently",),
    ("therefore",),
)
# "after" and "before" as a preposition or a clause opener; "following" as a preposition.
TIME_ORDER = {"after": "after", "following": "after", "before": "before", "prior": "before"}
# "X said the death was the price of Y": nouns that lay an event at someone's door.
FAULT_NOUNS = words_of("fault price result consequence responsibility")
# Nouns that name what someone said, so that "denied the claim" denies what was claimed.
SPEECH_NOUNS = words_of(
    """allegation allegations accusation accusations claim claims charge charges report
    reports statement remarks assertion assertions suggestion suggestions"""
)
# Words before a noun that make it refer back to something already told.
DEFINITE = words_of("the this that these those his her its their our my your")

# A noun that refers back names the event by another word: "his death" after "was
# killed". Each noun with the lemmas of the events it can name.
_FAMILIES = {
    "death deaths killing killings murder murders assassination execution": (
        "die kill murder slay assassinate execute shoot death killing murder assassination"
    ),
    "attack attacks assault raid raids strike strikes airstrike airstrikes bombing bombings "
    "shelling bombardment": (
        "attack assault raid strike airstrike bomb bombing shell shelling hit bombard target "
        "explode detonate shoot fire ambush"
    ),
    "allegation allegations accusation accusations claim claims charge charges report "
    "reports remarks statement assertion": (
        "say claim allege accuse blame report tell announce state charge add"
    ),
    "arrest arrests detention": "arrest detain",
    "explosion explosions blast blasts": "explode blast detonate bomb",
    "crash crashes collision": "crash collide",
    "flood floods flooding": "flood",
    "fire fires blaze wildfire": "burn fire blaze",
    "resignation departure": "resign quit leave",
    "decision ruling": "decide rule",
    "election vote": "elect vote",
    "protest protests demonstration demonstrations rally rallies march": (
        "protest demonstrate rally march"
    ),
    "closure shutdown": "close shut",
    "collapse": "collapse",
    "evacuation": "evacuate",
    "escape": "escape flee",
    "kidnapping abduction": "kidnap abduct seize",
    "threat threats warning warnings": "threaten warn vow",
    "denial denials": "deny",
    "shooting shootings": "shoot fire",
    "invasion incursion incursions": "invade enter",
    "capture seizure": "capture seize take",
    "earthquake quake tremor": "strike hit shake jolt earthquake quake",
    "storm hurricane typhoon cyclone tornado": "strike hit lash batter storm hurricane",
}
ANTECEDENTS: dict[str, frozenset[str]] = {
    noun: words_of(lemmas) for nouns, lemmas in _FAMILIES.items() for noun in nouns.split()
}
