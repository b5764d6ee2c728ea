"""The words that signal a link between two events, grouped by the relation they give.

Written here from how English marks attribution, reaction, cause and time order; no rule
file of another project is copied. Each list holds lemmas (for verbs) or lowercase words.
"""

from __future__ import annotations

from ._lexicon import words_of

__all__ = [
    "ACCUSATIONS",
    "ACCUSING",
    "ANSWERING",
    "ANTECEDENTS",
    "ATTEMPTING",
    "BLAMING",
    "CAUSE_CONNECTIVES",
    "CAUSING",
    "CHANGES",
    "CLAIM_NOUNS",
    "COMPLEMENT_NOUNS",
    "CONDEMNING",
    "CONSEQUENCE_OPENERS",
    "CONTROL_VERBS",
    "CRITICISING",
    "DEFINITE",
    "DENYING",
    "DETENTIONS",
    "DYING",
    "ENABLING",
    "ENDING_IN",
    "FAULT_NOUNS",
    "FEELINGS",
    "FOCUS_ADVERBS",
    "FROM_CAUSE",
    "FRONTED_FEELINGS",
    "GENERIC_ANAPHORS",
    "GOING",
    "GROUNDS",
    "HARMS",
    "HARM_PARTICIPLES",
    "INJURIES",
    "MOTIVES",
    "MOTIVE_PREPOSITIONS",
    "NOT_AIMS",
    "NOT_PURPOSE_BEFORE",
    "OBJECT_ING_TAKERS",
    "ORGANISED",
    "OUTBREAKS",
    "PREVENTING",
    "PROTESTS",
    "PURPOSE_PHRASES",
    "REACTION_OPENERS",
    "REACTION_PHRASES",
    "REPORTING",
    "RESPONDING",
    "RESULT_ADVERBS",
    "RESULT_CONNECTIVES",
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
    claim allege insist acknowledge admit testify inform suggest argue rule hold submit
    contend maintain observe"""
)
BLAMING = words_of("blame")
# Verbs of criticism, whose object may be the event criticised: "criticised the increase".
CRITICISING = words_of(
    """criticise criticize slam rebuke castigate lambast lambaste berate flay censure
    decry"""
)
ACCUSING = words_of(
    """accuse charge criticise criticize hit lash fault rebuke slam castigate chastise
    reprimand censure lambast lambaste berate flay upbraid"""
)
DENYING = words_of("deny reject dispute refute dismiss rebuff")
CONDEMNING = words_of("condemn denounce decry deplore")
WARNING = words_of("warn caution")
THREATENING = words_of("threaten vow")
RESPONDING = words_of("respond react reply answer")
RETALIATING = words_of("retaliate avenge")

# Verbs whose subject is the cause and whose object (or "to" phrase) the effect.
CAUSING = words_of(
    """cause trigger spark prompt provoke fuel ignite unleash produce create
    lead result contribute bring force drive leave heighten deepen worsen intensify
    aggravate exacerbate stoke inflame fan send"""
)
# Verbs that cause only with their particle: "set off riots", "stirred up anger".
PARTICLE_CAUSING = {"set": "off", "touch": "off", "stir": "up", "whip": "up"}
ENABLING = words_of("enable allow permit help")
# Verbs of attempt and refusal, whose infinitive may not have happened though the attempt
# or the refusal did: an aim given after it is the attempt's or the refusal's.
ATTEMPTING = words_of("try attempt seek strive refuse decline")
PREVENTING = words_of("prevent stop block avert halt hinder thwart foil")
# Verbs of an outbreak, which what happened as it began set off: "violence erupted when".
OUTBREAKS = words_of("erupt flare escalate spiral")
# Verbs that end in what their "in" or "into" phrase names: "the march ended in clashes".
ENDING_IN = words_of("end culminate escalate")
# Verbs of stirring a feeling: "the verdict angered residents", "alarmed by the blast".
FEELINGS = words_of(
    """anger enrage outrage shock alarm upset sadden frighten scare unnerve incense irk
    annoy frustrate dismay disturb anguish infuriate"""
)
# Verbs whose subject is the effect and whose "from" phrase is the cause.
FROM_CAUSE = words_of("result stem arise")
# After a comma, these participles say what an event did: "..., killing six".
# Verbs whose object an -ing form completes: "stopped them leaving", "found him lying".
OBJECT_ING_TAKERS = words_of(
    """stop prevent keep find catch leave send set get have spot discover imagine picture
    watch see hear notice"""
)
HARM_PARTICIPLES = words_of(
    """kill injure wound leave destroy damage displace force trap cut strand flatten
    sink bring cause spark trigger prompt result provoke end halt wipe send push plunge
    spill flood block close disrupt butcher massacre slaughter maim lead scatter bury"""
)
# Passive verbs of harm that an event noun after "in" or "during" did: "killed in a blast".
HARMS = words_of(
    """kill injure wound hurt destroy damage displace trap strand maim burn flatten
    sink affect disrupt hamper paralyse paralyze cripple rock mar delay stall hit batter
    shoot stab wipe shut ground
    ravage devastate wreck swell inundate submerge topple uproot shake grip engulf roil
    shatter dash hack butcher massacre slaughter behead lynch bludgeon strain sour derail
    wash bury cut assault beat thrash molest manhandle"""
)
# Verbs of dying, which an event after "in" or "by" caused: "died in the raid".
DYING = words_of("die drown perish succumb")
# Nouns of bodily harm, which an event after "in" caused: "suffered burns in the blaze".
INJURIES = words_of("injury injuries wound wounds burn burns fracture fractures")
# Sanctions and rewards, which answer what their "for" phrase names: "arrested for".
SANCTIONS = words_of(
    """arrest detain jail imprison charge sentence fine punish sack fire suspend expel
    convict prosecute book ban penalise penalize discipline dismiss praise thank reward
    honour honor apologise apologize target attack beat thrash assault harass threaten
    sue boycott lynch abuse kill shoot execute hang vandalise vandalize storm ransack
    torch heckle damage smash"""
)
# Detentions and punishments, which answer what their "when" clause tells was being done:
# "arrested when they tried to storm the office".
DETENTIONS = words_of(
    """arrest detain jail imprison book fine punish sack suspend expel evict cane disperse
    round"""
)
# Events that by their meaning answer something, a protest what it is over, an arrest
# what it is for: "after" with nothing else names what they answer ("workers walked out
# after the sacking"). (The verb "strike" is no protest: "a second blast struck after
# the first".)
ANSWERING = DETENTIONS | words_of(
    """protest protests demonstrate demonstration demonstrations rally rallies march
        marches strike strikes agitate agitation riot riots walkout walkouts walk boycott
        boycotts sit-in sit-ins blockade blockades picket pickets stir bandh hartal dharna
        anger outrage fury uproar outcry backlash condemn denounce criticise criticize
        apologise apologize resign resignation charge convict sentence prosecute dismiss
        fire retaliate retaliation reprisal crackdown"""
)
# Protests, which answer what their "over" or "against" phrase names.
PROTESTS = words_of(
    """protest protests demonstrate demonstration demonstrations rally rallies march
    marches strike strikes agitate agitation riot riots clash clashes scuffle scuffles
    skirmish skirmishes brawl brawls shutdown shutdowns bandh bandhs hartal hartals dharna
    dharnas boycott boycotts walkout walkouts sit-in sit-ins blockade blockades picket
    pickets stir"""
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
    # What follows as a consequence: "in the wake of the verdict", "in the aftermath of".
    ("in", "the", "wake", "of"),
    ("in", "wake", "of"),
    ("in", "the", "aftermath", "of"),
    ("in", "view", "of"),
    ("for", "fear", "of"),
    ("out", "of", "fear", "of"),
    ("on", "grounds", "of"),
    ("on", "the", "grounds", "of"),
    ("as", "a", "fallout", "of"),
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
# Sentence openers that make the sentence a reaction to the one before: "In response, ...".
REACTION_OPENERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("in", "response"), "responds_to"),
    (("in", "reaction"), "responds_to"),
    (("in", "reply"), "responds_to"),
    (("in", "retaliation"), "retaliates_for"),
    (("in", "revenge"), "retaliates_for"),
)
# Sentence openers that make the sentence the consequence of the one before.
CONSEQUENCE_OPENERS: tuple[tuple[str, ...], ...] = (
    ("as", "a", "result"),
    ("as", "a", "consequence"),
    ("consequently",),
    ("therefore",),
)
# Words that, after a comma or "and", open a clause the clause before brought about: "the
# bridge was shut, so buses took the long route"; "talks failed and hence the strike went
# ahead".
RESULT_CONNECTIVES = words_of("so thus hence therefore consequently")
# "after" and "before" as a preposition or a clause opener; "following" as a preposition.
# ("since" only after a perfect, where it is temporal: "prices have risen since the war
# began"; "since they had no money" gives a reason.)
TIME_ORDER = {
    "after": "after",
    "following": "after",
    "before": "before",
    "prior": "before",
    "since": "after",
    "once": "after",
}
# "X said the death was the price of Y": nouns that lay an event at someone's door.
FAULT_NOUNS = words_of("fault price result consequence responsibility")
# Verbs of accusing, which "the claim", "the allegation" or "the charge" name before any
# other statement: the accusation is the claim, a detail added after it is not.
ACCUSATIONS = words_of("accuse allege claim charge blame")
CLAIM_NOUNS = words_of("claim claims allegation allegations accusation accusations charge charges")
# Nouns that name what someone said, so that "denied the claim" denies what was claimed.
SPEECH_NOUNS = words_of(
    """allegation allegations accusation accusations claim claims charge charges report
    reports statement remarks assertion assertions suggestion suggestions"""
)
# Nouns that name no kind of event and so, with "the" or "this", stand for the event the
# sentence before told: "The council raised fares. The move angered commuters."
GENERIC_ANAPHORS = words_of("move step action incident act development episode")
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
    "allegation allegations claim claims report reports remarks statement assertion": (
        "say claim allege accuse blame report tell announce state charge add"
    ),
    # A charge or an accusation names an accusation, not whatever was last said.
    "charge charges accusation accusations": "accuse allege charge blame",
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

# ------------------------------------------------------------------ aims and motives

# Phrases that end just before the "to" of an aim: "in order to", "in a bid to".
PURPOSE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("in", "order"),
    ("so", "as"),
    ("in", "a", "bid"),
    ("in", "an", "attempt"),
    ("in", "an", "effort"),
    ("in", "a", "move"),
    ("in", "a", "desperate", "bid"),
    ("in", "a", "last-ditch", "bid"),
)
# Words after which "to" starts no aim: "the first to", "enough to", "too late to", "yet
# to", "how to", "about to", "due to", "ought to".
# Adverbs that may stand between an act and "to": "acted only to protect".
FOCUS_ADVERBS = words_of(
    """only just merely simply solely partly largely mainly chiefly apparently reportedly
    allegedly ostensibly supposedly presumably"""
)
NOT_PURPOSE_BEFORE = words_of(
    """first last only next second third latest earliest enough too sufficient yet how
    what where whether when about due ought likely unlikely able unable ready willing set
    bound supposed going used has have had having is are was were be been being am"""
)
# Nouns that take an infinitive as their complement, so it is not the aim of a verb
# before them: "the decision to close", "the right to protest", "an order to leave".
COMPLEMENT_NOUNS = words_of(
    """decision decisions plan plans bid bids attempt attempts effort efforts move moves
    call calls order orders right rights ability need chance chances time way ways failure
    refusal promise promises threat threats demand demands proposal proposals request
    requests permission power opportunity reason reasons willingness readiness
    determination pressure freedom authority urge desire intention intentions commitment
    pledge vow offer offers agreement deal motion verdict ruling licence license option
    options choice choices mandate instruction instructions directive directives
    invitation appeal appeals plea pleas campaign campaigns drive mission initiative
    scheme programme program strategy bill law measure measures step steps resolve
    tendency capacity obligation duty responsibility deadline contract contracts
    opportunities intent intention arrangement arrangements permit licence"""
)
# Organised events, which have aims of their own: "a session to discuss the cuts", "a
# rally to mark the anniversary".
ORGANISED = words_of(
    """session sessions meeting meetings rally rallies campaign campaigns drive mission
    missions operation operations programme programmes program conference conferences
    protest protests march marches strike strikes dharna sit-in talks visit visits trip
    tour event events camp camps summit summits vigil vigils"""
)
# Verbs that take an object and then an infinitive of their own ("asked them to leave",
# "helped farmers to sell"), beyond the classes that take one (I_ACTION, I_STATE, ...).
CONTROL_VERBS = words_of(
    """help get cause lead enable remind pressure pressurise pressurize push press
    motivate inspire prompt provoke manage fail happen tend learn hesitate vote
    struggle strive bother afford call train teach advise entitle empower wait
    make let give expect want tell ask force allow urge appeal warn encourage persuade
    convince invite order instruct require oblige compel permit authorise authorize
    exhort implore beg goad incite instigate entice lure coax spur nudge tempt"""
)
# Adverbs that make the participle after them a result: ", thereby angering commuters".
RESULT_ADVERBS = words_of("thereby thus")
# Verbs of change in a level, whose infinitive tells where the level ended ("fell 5% to
# reach a low", "recovered to end the day higher"): a result, never an aim.
CHANGES = words_of(
    """fall drop rise climb gain lose slip jump surge plunge recover
    tumble soar slide decline increase decrease grow shrink sink dip rebound edge
    fluctuate swing"""
)
# Verbs that right after "came to", "went back to" tell a change of state or a place to be
# ("came to know", "returned to work"), not an aim.
NOT_AIMS = words_of(
    """know be believe realise realize understand like love hate see accept work sleep rest
    jail prison court school church hospital war bed sea town market office college"""
)
# Verbs of going, gathering and acting, whose aim may follow them at once: "gathered to
# protest", "rushed to help", "met to discuss", "acted to protect".
GOING = words_of(
    """come go gather assemble converge rush flock travel march rally arrive return meet
    unite mobilise mobilize intervene step turn walk drive fly sail head queue congregate
    troop throng swarm descend hurry race storm act move work fight campaign lobby leave"""
)
# Participles that tell the motive of the act before them: "marched, demanding ...".
MOTIVES = words_of(
    """demand seek ask call urge press protest oppose object condemn denounce decry allege
    resent plead petition agitate appeal insist fear want suspect"""
)
# "calling for", "pressing for": participles that are motives only with their preposition.
# Motives that need their preposition: "calling for", "insisting on" (", insisting he had
# gone for the ball" is a saying, which reports).
MOTIVE_PREPOSITIONS = {
    "call": ("for", "on", "upon"),
    "press": ("for",),
    "appeal": ("for", "to"),
    "insist": ("on", "upon"),
}
_CONTENTION = words_of(
    """anger angry outrage outraged fury furious uproar furore furor row rows dispute
    disputes tension tensions clash clashes protest protests protested protesting
    demonstration demonstrations agitation agitations strike strikes walkout resign
    resigned resignation quit concern concerns worried worry displeasure unhappy upset
    resentment discontent dissatisfaction impasse standoff deadlock violence fight
    fighting quarrel argument criticism criticise criticize criticised criticized slam
    slammed question questioned probe inquiry investigation sue sued lawsuit boycott
    boycotted arrest arrested detain detained charge charged sack sacked suspend suspended
    apologise apologize apologised apologized rage riot riots furious bitterness row
    rift spat war rampage rampages stir sit-in dharna bandh hartal blockade siege disrupt
    disrupted disrupting picket picketed gherao"""
)
_EMOTION = words_of(
    """angry anger furious fury upset outraged outrage shocked shock dismayed dismay
    disappointed disappointment unhappy worried concerned concern alarmed alarm saddened
    incensed irked annoyed frustrated frustration indignant indignation aggrieved"""
)
_DETENTION = words_of(
    """arrest arrests arrested detain detained detention hold held question questioned
    book booked charge charged interrogate interrogated nab nabbed apprehend apprehended
    round rounded seize seized raid raids raided search searched summon summoned custody
    remand remanded"""
)
# Feelings that, opening a sentence with what caused them, tell why its subject acted:
# "Angered by the verdict, farmers blocked the road", "Buoyed by the turnout, ...".
FRONTED_FEELINGS = _EMOTION | words_of(
    """angered anguished enraged incensed infuriated irate livid buoyed encouraged
    emboldened heartened stung provoked rattled prompted spurred galvanised galvanized
    fuelled fueled triggered"""
)
# Phrases that name what a reaction answers, with the words the reaction may be ("anger
# over the verdict", "arrested in connection with the killing"; none listed: any), and the
# relation.
GROUNDS: tuple[tuple[tuple[str, ...], frozenset[str], str], ...] = (
    (("over",), _CONTENTION, "responds_to"),
    (("at",), _EMOTION, "responds_to"),
    (("about",), _EMOTION | _CONTENTION, "responds_to"),
    (("in", "connection", "with"), _DETENTION, "responds_to"),
    # Any act may be done in support of something: "stopped work in support of the strike".
    (("in", "support", "of"), frozenset(), "motivates"),
    # A protest is for what it demands: "a strike for the reinstatement of two drivers".
    (("for",), PROTESTS | words_of("agitation agitations agitate campaign campaigns"), "motivates"),
)
