"""The words extraction knows: closed classes, verbs and their forms, event nouns, classes.

Everything here is a fact about English words, written for this project from grammar
books' closed-class lists and the TimeML annotation guidelines' event classes; how words
combine in a sentence is the tagger's and the mention finder's business.
"""

from __future__ import annotations

from functools import lru_cache

from ._news_words import NEWS_EVENT_NOUNS, NEWS_STATE_ADJECTIVES
from ._verbs import CLASS_ADDITIONS, IRREGULAR_MORE, NEWS_VERBS, NOUN_FIRST_VERBS
from ._words import words_of

__all__ = [
    "ADVERBS",
    "AUXILIARIES",
    "CLASS_OF_LEMMA",
    "CONJUNCTIONS",
    "DETERMINERS",
    "EVENT_NOUNS",
    "EVENT_NOUN_PLURALS",
    "MODALS",
    "NEGATIONS",
    "NOUN_ONLY",
    "PREPOSITIONS",
    "PRONOUNS",
    "STATE_ADJECTIVES",
    "SUBORDINATORS",
    "VERB_LEMMAS",
    "is_deverbal",
    "verb_lemma",
    "words_of",
]


DETERMINERS = words_of(
    """the a an this that these those my your his her its our their some any no every each
    all both either neither another such what which whose much many few several more most
    less least enough"""
)
POSSESSIVE_DETERMINERS = words_of("my your his her its our their whose")
PRONOUNS = words_of(
    """i me you he him she her it we us they them myself yourself himself herself itself
    ourselves themselves who whom whoever someone somebody anyone anybody everyone
    everybody nobody nothing something anything everything one ones mine yours hers ours
    theirs"""
)
SUBJECT_PRONOUNS = words_of("i you he she it we they who")
PREPOSITIONS = words_of(
    """of in on at by for with from to into onto upon about above across after against along
    amid amidst among around as before behind below beneath beside besides between beyond
    despite down during except inside like near off out outside over past per since than
    through throughout toward towards under underneath unlike until till up via within
    without aboard"""
)
CONJUNCTIONS = words_of("and or but nor yet so plus")
SUBORDINATORS = words_of(
    """that if whether because although though while whereas unless since when whenever
    where wherever after before until once as so-that lest"""
)
RELATIVES = words_of("who whom whose which that where when")
NEGATIONS = words_of("not n't never no nor neither without")
MODALS = words_of("will would shall should can could may might must 'll 'd ought")
BE_FORMS = words_of("be is are am was were been being 's 're 'm")
HAVE_FORMS = words_of("have has had having 've 'd")
DO_FORMS = words_of("do does did doing done")
AUXILIARIES = BE_FORMS | HAVE_FORMS | words_of("do does did") | MODALS
PARTICLES = words_of("up down out off in on over back away around through along aside apart")

# Adverbs that sit inside a verb group ("has also said", "will not immediately comment").
ADVERBS = words_of(
    """also already still just only even ever never not always often sometimes usually
    reportedly allegedly apparently reportedly immediately quickly repeatedly recently
    finally previously later earlier again further jointly publicly privately formally
    officially effectively largely mostly partly fully nearly almost barely hardly really
    actually certainly probably possibly perhaps likely then now soon yet too very quite
    rather so here there instead meanwhile however therefore thus once twice first last
    initially eventually subsequently originally widely strongly sharply heavily briefly
    directly indirectly simply clearly openly"""
)

# Common words that are nouns or adjectives even though a verb has the same letters, or
# that look like verb forms by their ending ("-ed", "-s") and are not.
NOUN_ONLY = words_of(
    """news series species means headquarters data media police people percent
    government department minister ministry president committee council parliament
    hundred thousand million billion trillion bed red united limited related need speed
    seed feed shed weed deed breed creed greed reed steed sled sacred wicked naked hatred
    kindred ragged rugged wretched jagged beloved crooked learned aged dogged
    is this his has was its thus us bus gas yes plus chaos bias class glass grass mass
    pass boss loss cross process success business access address less unless
    across always perhaps whereas towards afterwards sometimes news analysis crisis basis
    thesis emphasis diagnosis status census focus virus campus bonus surplus consensus
    series arms forces troops talks terms affairs relations rights goods earnings
    proceeds savings headquarters outskirts remains chairs flags ties spots spies axes
    mortgages research"""
    + " cos ps"
    + "".join(f" {noun} {noun}s" for noun in NOUN_FIRST_VERBS)  # "the book", "books"
)

# Verbs whose past tense and participle are not lemma + "-ed".
IRREGULAR_VERBS: dict[str, tuple[str, ...]] = {
    "arise": ("arose", "arisen"),
    "awake": ("awoke", "awoken"),
    "be": ("was", "were", "been"),
    "bear": ("bore", "borne", "born"),
    "beat": ("beat", "beaten"),
    "become": ("became", "become"),
    "begin": ("began", "begun"),
    "bend": ("bent",),
    "bet": ("bet",),
    "bid": ("bid",),
    "bind": ("bound",),
    "bite": ("bit", "bitten"),
    "bleed": ("bled",),
    "blow": ("blew", "blown"),
    "break": ("broke", "broken"),
    "breed": ("bred",),
    "bring": ("brought",),
    "broadcast": ("broadcast",),
    "build": ("built",),
    "burn": ("burnt", "burned"),
    "burst": ("burst",),
    "buy": ("bought",),
    "cast": ("cast",),
    "catch": ("caught",),
    "choose": ("chose", "chosen"),
    "cling": ("clung",),
    "come": ("came", "come"),
    "cost": ("cost",),
    "creep": ("crept",),
    "cut": ("cut",),
    "deal": ("dealt",),
    "dig": ("dug",),
    "do": ("did", "done"),
    "draw": ("drew", "drawn"),
    "dream": ("dreamt", "dreamed"),
    "drink": ("drank", "drunk"),
    "drive": ("drove", "driven"),
    "eat": ("ate", "eaten"),
    "fall": ("fell", "fallen"),
    "feed": ("fed",),
    "feel": ("felt",),
    "fight": ("fought",),
    "find": ("found",),
    "flee": ("fled",),
    "fling": ("flung",),
    "fly": ("flew", "flown"),
    "forbid": ("forbade", "forbidden"),
    "forecast": ("forecast",),
    "foresee": ("foresaw", "foreseen"),
    "forget": ("forgot", "forgotten"),
    "forgive": ("forgave", "forgiven"),
    "freeze": ("froze", "frozen"),
    "get": ("got", "gotten"),
    "give": ("gave", "given"),
    "go": ("went", "gone"),
    "grind": ("ground",),
    "grow": ("grew", "grown"),
    "hang": ("hung", "hanged"),
    "have": ("had",),
    "hear": ("heard",),
    "hide": ("hid", "hidden"),
    "hit": ("hit",),
    "hold": ("held",),
    "hurt": ("hurt",),
    "keep": ("kept",),
    "kneel": ("knelt",),
    "know": ("knew", "known"),
    "lay": ("laid",),
    "lead": ("led",),
    "lean": ("leant", "leaned"),
    "leap": ("leapt", "leaped"),
    "learn": ("learnt", "learned"),
    "leave": ("left",),
    "lend": ("lent",),
    "let": ("let",),
    "lie": ("lay", "lain"),
    "light": ("lit", "lighted"),
    "lose": ("lost",),
    "make": ("made",),
    "mean": ("meant",),
    "meet": ("met",),
    "mislead": ("misled",),
    "overcome": ("overcame", "overcome"),
    "overrun": ("overran", "overrun"),
    "oversee": ("oversaw", "overseen"),
    "overtake": ("overtook", "overtaken"),
    "overthrow": ("overthrew", "overthrown"),
    "pay": ("paid",),
    "prove": ("proved", "proven"),
    "put": ("put",),
    "quit": ("quit",),
    "read": ("read",),
    "rebuild": ("rebuilt",),
    "rid": ("rid",),
    "ride": ("rode", "ridden"),
    "ring": ("rang", "rung"),
    "rise": ("rose", "risen"),
    "run": ("ran", "run"),
    "say": ("said",),
    "see": ("saw", "seen"),
    "seek": ("sought",),
    "sell": ("sold",),
    "send": ("sent",),
    "set": ("set",),
    "shake": ("shook", "shaken"),
    "shed": ("shed",),
    "shine": ("shone",),
    "shoot": ("shot",),
    "show": ("showed", "shown"),
    "shrink": ("shrank", "shrunk"),
    "shut": ("shut",),
    "sing": ("sang", "sung"),
    "sink": ("sank", "sunk"),
    "sit": ("sat",),
    "sleep": ("slept",),
    "slide": ("slid",),
    "slit": ("slit",),
    "speak": ("spoke", "spoken"),
    "speed": ("sped",),
    "spend": ("spent",),
    "spin": ("spun",),
    "split": ("split",),
    "spread": ("spread",),
    "spring": ("sprang", "sprung"),
    "stand": ("stood",),
    "steal": ("stole", "stolen"),
    "stick": ("stuck",),
    "sting": ("stung",),
    "strike": ("struck", "stricken"),
    "strive": ("strove", "striven"),
    "swear": ("swore", "sworn"),
    "sweep": ("swept",),
    "swim": ("swam", "swum"),
    "swing": ("swung",),
    "take": ("took", "taken"),
    "teach": ("taught",),
    "tear": ("tore", "torn"),
    "tell": ("told",),
    "think": ("thought",),
    "throw": ("threw", "thrown"),
    "thrust": ("thrust",),
    "undergo": ("underwent", "undergone"),
    "understand": ("understood",),
    "undertake": ("undertook", "undertaken"),
    "upset": ("upset",),
    "uphold": ("upheld",),
    "wake": ("woke", "woken"),
    "wear": ("wore", "worn"),
    "weep": ("wept",),
    "win": ("won",),
    "wind": ("wound",),
    "withdraw": ("withdrew", "withdrawn"),
    "withhold": ("withheld",),
    "withstand": ("withstood",),
    "write": ("wrote", "written"),
    **IRREGULAR_MORE,
}

# Lemmas of verbs common in news, besides the irregular ones above.
_REGULAR = """
abandon abduct abolish absorb abuse accelerate accept access accompany accomplish accuse
achieve acknowledge acquire acquit act adapt add address adjourn adjust admit adopt advance
advise advocate affect affirm afford aggravate agree aid aim alarm alert allege alleviate
allocate allow ally alter amass amend amount analyse analyze anger announce annoy answer
anticipate apologise apologize appeal appear applaud apply appoint appreciate approach
approve argue arm arrange arrest arrive ask assassinate assault assemble assert assess
assign assist assume assure attach attack attempt attend attract auction authorise
authorize avert avoid await award back ban bankrupt bar bargain base battle beg behave
believe belong benefit blame blast block blockade boast bolster bomb boost borrow bounce
boycott breach brief broker brush bury call calm campaign cancel capture care carry cause
caution cease celebrate censor challenge change charge chase cheer cite claim clamp clarify
clash clear climb close coincide collaborate collapse collect collide combat combine
comfort command commemorate comment commit compare compel compensate compete compile
complain complete comply compromise conceal concede conclude condemn conduct confer confess
confirm confiscate conflict confront congratulate connect consider consist consolidate
conspire constitute construct consult contact contain contemplate contend contest continue
contract contradict contribute control convene convert convey convict convince cooperate
coordinate cope correct count counter crack crash create credit criticise criticize cross
crush cry cull curb cure damage dance dare debate decide declare decline decrease deem
defeat defend defer define defuse delay delegate delete deliberate deliver demand
demolish demonstrate denounce deny depart depend deploy deport deposit describe deserve
design designate desire destroy detain detect deter deteriorate determine detonate devastate
develop devote die differ diminish disagree disappear disarm discharge disclose discover
discuss dismantle dismiss dispatch displace dispute disrupt dissolve distribute divert
divide document dominate donate doubt downgrade drag drop drown dump earn ease echo edge
elect eliminate embark embrace emerge emphasise emphasize employ empower enable enact
encounter encourage end endanger endorse endure enforce engage enhance enjoy enlist ensure
enter entitle equip erupt escalate escape establish estimate evacuate evade evaluate evolve
examine exceed exchange exclude execute exercise exhibit exist expand expect expel
experience expire explain explode exploit explore export expose express extend extradite
face fail fake favour favor fear feature file fill finance finish fire fix flood flow
focus follow force forge form formalise formalize free freeze fuel fund gain gather
generate govern grab grant greet guarantee guard guide halt hamper hand handle happen harm
head heal help hike hire honour honor hope host house hunt identify ignite ignore illustrate
impeach implement imply import impose imprison improve include incorporate increase indicate
indict infect inflict influence inform inherit initiate injure inquire insist inspect
install instruct insult intend intensify intercept interfere interrogate interrupt intervene
interview introduce invade invent invest investigate invite involve isolate issue jail join
joke judge jump justify kidnap kill kick knock label lack land last launch leak lend level
liberate license lift like limit link list live loan lobby locate lock look loot love lower
maintain manage march mark marry massacre match matter measure mediate mention merge miss
mobilise mobilize modify monitor mount mourn move murder name narrow need negotiate neglect
nominate note notice notify number object oblige observe obtain occupy occur offer open
operate oppose opt order organise organize outline overhaul overlook overturn owe own pardon
participate pass patrol pause perform permit persist persuade petition phone pick place
plan plead please pledge plot plunge point poison police ponder pose possess post postpone
pour praise pray predict prefer prepare present preserve press pressure pretend prevail
prevent print proceed process proclaim produce profit progress prohibit project prolong
promise promote prompt pronounce propose prosecute protect protest provide provoke publish
pull pump punish purchase pursue push qualify question race raid raise rally rank rate
ratify reach react realise realize reassure rebel recall receive reckon recognise recognize
recommend reconsider record recover recruit reduce refer reflect reform refuse regain regard
register regret regulate reiterate reinforce reject relate relax release relieve rely remain
remark remember remind remove renew rent reopen repair repeal repeat replace reply report
represent repress request require rescue resemble reserve reside resign resist resolve
respect respond rest restore restrain restrict result resume retain retaliate retire
retreat retrieve return reveal reverse review revise revive revoke reward risk rob rock
rule rush sack sanction save scare schedule score scramble screen search secure seem seize
select sentence separate serve settle shape share shell shift shelter shock shout sign
signal slam slash slip slow smash smuggle snap soar solve spark spare specify speculate
spill spur stab stabilise stabilize stage stall star start starve state station stay step
stem stir stop store storm strain strengthen stress stretch struggle study submit succeed
sue suffer suggest summon supply support suppose surge surprise surrender surround survey
survive suspect suspend sustain swap switch tackle talk target task tax tend term terminate
terrorise terrorize test testify thank threaten tighten tip toll top topple torture total
touch tour track trade train transfer transform translate transport trap travel treat
trigger triple trust try turn unite unveil update uphold urge use vacate value vanish vary
veto violate visit voice volunteer vote vow wage wait walk want warn wash waste watch weaken
weigh welcome widen wish witness work worry worsen wound wreck yield
retake recapture reclaim wrestle tolerate bombard shoot brush rebuff retort scrap hail
slam blast hack leak flee fire sack snub stall stress tweet oust overrun outlaw outnumber
overpower pledge plunder raze shell strafe torch unload uncover unite unravel unseat urge
vet voice wipe airlift ambush arm besiege blockade bolster clamp curtail deplore dismantle
downplay embolden encircle engulf entrench escort evict exhume flare flank hijack hospitalise
hospitalize impound incite infiltrate inaugurate jeopardise jeopardize kidnap lament loom
maim mandate mobilise mourn neutralise neutralize obliterate offset orchestrate outpace
overshadow paralyse paralyze pillage plummet preside pummel quell rampage rattle reaffirm
rebound recede reignite relent relocate reshuffle retaliate rout sabotage salvage scuttle
seal shore shutter sideline slump soar spearhead stave storm strand subdue summon surpass
tally tout trample trounce undermine unfold usher vie wane wield
"""
VERB_LEMMAS: frozenset[str] = (
    words_of(_REGULAR) | NEWS_VERBS | NOUN_FIRST_VERBS | frozenset(IRREGULAR_VERBS)
)

# Verbs with two spellings of one form, each both past and participle ("a mob burned
# the jeeps", "had burnt"), not a past and a participle.
_EITHER_SPELLING = frozenset(
    {"burn", "dream", "hang", "lean", "leap", "learn", "light", "dwell", "knit", "spell"}
    | {"spill", "spoil", "wed", "smell"}
)
_IRREGULAR_FORMS: dict[str, str] = {
    form: lemma for lemma, forms in IRREGULAR_VERBS.items() for form in forms
}
_IRREGULAR_FORMS.update({"is": "be", "are": "be", "am": "be", "has": "have", "does": "do"})
_IRREGULAR_FORMS.update({"'s": "be", "'re": "be", "'m": "be", "'ve": "have", "goes": "go"})


@lru_cache(maxsize=1 << 14)  # a story repeats its words; the analysis never changes
def verb_lemma(word: str) -> tuple[str, str] | None:
    """The lemma and form of `word` if it is a form of a known verb, else None.

    The form is ``"base"``, ``"s"`` (third person), ``"ed"`` (past or participle),
    ``"en"`` (participle only), ``"ing"``, or ``"past"`` (past tense only).

    >>> verb_lemma("struck"), verb_lemma("admitted"), verb_lemma("carries")
    (('strike', 'past'), ('admit', 'ed'), ('carry', 's'))
    """
    if word in VERB_LEMMAS:
        return word, "base"
    lemma = _IRREGULAR_FORMS.get(word)
    if lemma is not None:
        if lemma in _EITHER_SPELLING:
            return lemma, "ed"  # "burned" and "burnt" are each a past and a participle
        forms = IRREGULAR_VERBS.get(lemma, ())
        if len(forms) >= 2 and word == forms[0] and word != forms[1]:
            return lemma, "past"
        if len(forms) >= 2 and word in forms[1:] and word != forms[0]:
            return lemma, "en"
        return lemma, "ed" if word in forms else "s"
    for suffix, form in (("ing", "ing"), ("ed", "ed"), ("s", "s")):
        if not word.endswith(suffix) or len(word) <= len(suffix) + 1:
            continue
        stem = word[: -len(suffix)]
        for candidate in _stems(stem, suffix):
            if candidate in VERB_LEMMAS:
                return candidate, form
    return _prefixed(word)


# Prefixes that make a verb of a verb ("rehire", "re-run", "misstate", "co-author"),
# with the shortest verb each may come before (not "mis" + "try" in the name "Mistry").
_VERB_PREFIXES = (("re-", 3), ("co-", 3), ("re", 3), ("mis", 4))


def _prefixed(word: str) -> tuple[str, str] | None:
    """The analysis of a known verb after a verb-making prefix: ("rehire", "ed")."""
    if word in ADVERBS or word in NOUN_ONLY:
        return None  # "really" is no "re" + "ally"; "research" is a noun
    for prefix, shortest in _VERB_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= shortest and rest[:1].isalpha():
            inner = verb_lemma(rest)
            if inner is not None and inner[0] not in NOUN_ONLY:
                return prefix + inner[0], inner[1]
    return None


def _stems(stem: str, suffix: str) -> tuple[str, ...]:
    """Lemmas `stem` + `suffix` may come from: "hop"+"ing" from hope or hop, "tri"+"ed"."""
    candidates = [stem]
    if suffix in ("ing", "ed"):
        candidates.append(stem + "e")  # making, hoped
        if len(stem) >= 3 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])  # stopped, running
        if stem.endswith("i") and suffix == "ed":
            candidates.append(stem[:-1] + "y")  # tried
        if stem.endswith("y") and suffix == "ing":
            candidates.append(stem[:-1] + "ie")  # lying
        if stem.endswith("ck"):
            candidates.append(stem[:-1])  # panicked
    else:
        if stem.endswith("ie"):
            candidates.append(stem[:-2] + "y")  # carries
        if stem.endswith("e") and stem[-2:-1] in ("s", "x", "z", "h", "o"):
            candidates.append(stem[:-1])  # pushes, goes
    return tuple(candidates)


# TimeML classes by lemma; every other event is an OCCURRENCE (or a STATE, see below).
_REPORTING = """say tell report announce state add explain note write describe quote cite
comment reply respond testify assert reiterate remark recount confirm disclose reveal
inform notify brief tweet mention acknowledge admit concede insist argue contend predict
forecast warn caution"""
# The TimeML guidelines' families: attempting, investigating, delaying, avoiding, asking
# and ordering, promising and agreeing, naming and appointing, claiming; and acts of
# speech that introduce what they are about (deny, accuse, blame).
_I_ACTION = """attempt try seek scramble investigate probe delay postpone defer hinder avoid
prevent cancel ask order persuade request beg command urge authorise authorize permit
allow promise offer assure propose agree decide swear vow pledge name nominate appoint
elect choose select declare proclaim claim allege suggest deny accuse blame condemn
denounce criticise criticize refuse decline threaten approve reject instruct summon invite
compel force oblige encourage convince recommend petition dare volunteer undertake
schedule arrange prepare"""
# Believing, wanting, hoping and planning, fearing, needing, being ready or able.
_I_STATE = """believe think feel fear hope want expect wish need worry doubt suspect assume
consider know understand like love hate prefer reckon regret imagine anticipate trust
desire dread estimate guess suppose presume plan intend aim mean deserve require demand
aspire"""
# Beginning, beginning again, ending, culminating and continuing.
_ASPECTUAL = """begin start commence initiate restart reignite resume continue keep proceed
stop end finish complete cease quit halt terminate discontinue interrupt suspend abandon
conclude"""
_PERCEPTION = """see watch hear notice observe witness listen look sense spot view detect
glimpse feel"""
_STATE = """be have own possess contain belong exist live reside lie stand remain stay hold
include consist depend matter lack resemble equal total number last hang seem appear"""

CLASS_OF_LEMMA: dict[str, str] = {}
# Later lists win where a lemma is in two: a perception verb that is also a state verb
# ("feel") is perception, a reporting verb is reporting.
for _class, _lemmas in (
    ("STATE", _STATE),
    ("I_STATE", _I_STATE),
    ("ASPECTUAL", _ASPECTUAL),
    ("I_ACTION", _I_ACTION),
    ("PERCEPTION", _PERCEPTION),
    ("REPORTING", _REPORTING),
):
    for _lemma in _lemmas.split():
        CLASS_OF_LEMMA[_lemma] = _class
for _added_class, _added in CLASS_ADDITIONS.items():
    for _lemma in sorted(_added):
        CLASS_OF_LEMMA.setdefault(_lemma, _added_class)  # the lists above keep their say

# Nouns that name events (TimeML: nominals denoting something that happens or holds).
EVENT_NOUNS = NEWS_EVENT_NOUNS | words_of(
    """attack attacks assault assaults offensive offensives raid raids strike strikes airstrike
    airstrikes bombing bombings bombardment shelling shellings shooting shootings killing
    killings murder murders assassination massacre massacres explosion explosions blast blasts
    fire fires crash crashes collision accident accidents war wars battle battles fighting
    fight fights clash clashes conflict conflicts combat invasion occupation siege blockade
    ceasefire truce incursion incursions operation operations campaign campaigns advance
    retreat withdrawal capture liberation defeat victory surrender uprising revolt rebellion
    coup protest protests demonstration demonstrations rally rallies riot riots unrest strike
    election elections vote votes referendum poll polls ballot runoff inauguration
    flight flights event events conference conferences bankruptcy turmoil recovery problem
    problems effort efforts plan plans order orders forecast forecasts profit profits
    bailout bail-out sell-off selloff plunge slide jump climb hike spending trading
    lending funding hiring performance delivery deliveries production development
    protection keynote shortage crackdowns pause outage outages derailment audit audits
    landslide landslides stoppage expulsion blackout ambush heist arson vigil tremor
    tremors lockout fear fears worry worries concern concerns
    hope hopes expectation expectations doubt doubts
    meeting meetings summit summits talks negotiation negotiations conference visit visits
    trip tour ceremony funeral wedding celebration celebrations festival tournament match
    race game final death deaths injury injuries casualties arrest arrests detention trial
    trials hearing hearings verdict conviction sentencing appeal appeals investigation
    investigations inquiry probe charges indictment lawsuit settlement ruling decision
    statement statements announcement announcements report reports claim claims allegation
    allegations accusation accusations denial denials warning warnings threat threats
    promise pledge demand demands request call criticism condemnation response reaction
    remarks comments interview speech address testimony confession apology resignation
    appointment nomination dismissal departure arrival return release escape kidnapping
    abduction hijacking rescue evacuation deployment merger acquisition takeover deal deals
    agreement agreements sale sales purchase bid offer launch rollout announcement
    earthquake quake tsunami flood floods flooding storm storms hurricane typhoon cyclone
    tornado drought wildfire eruption landslide avalanche outbreak epidemic pandemic
    collapse recession crisis rise fall drop decline increase surge slump loss losses gain
    gains growth cut cuts ban sanctions embargo reform reforms change changes move
    shutdown strike walkout layoffs layoff closure opening bankruptcy default recall
    crackdown purge reprisal retaliation revenge response intervention support help
    assistance cooperation contacts dispute row feud tension tensions violence incident
    incidents disaster catastrophe tragedy emergency scandal controversy debate discussion
    discussions dialogue consultations vote approval rejection veto ratification signing
    breakthrough failure success progress delay delays postponement cancellation
    suspension resumption search searches"""
)
# Their plurals, where the list names only the singular ("the fuel price hikes"). Kept
# apart from EVENT_NOUNS, which the tagger reads to choose a noun over a verb: "returns" in
# "the envoy returns next week" is a verb.
EVENT_NOUN_PLURALS = frozenset(
    noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
    for noun in EVENT_NOUNS
    if not noun.endswith("s")
)

# Nouns made from verbs that name a thing, a place or a body rather than an event.
_NOT_EVENT_DEVERBALS = words_of(
    """several formal informal internal external faction factions stature plantation
    plantations tradition traditions bastion posture basement basements government
    governments department departments equipment management apartment
    environment document documents instrument parliament establishment station stations
    nation organization organisation organizations organisations administration
    institution foundation association corporation position positions situation
    condition conditions relation relations information location locations generation
    application applications question questions section portion version division
    commission mission vision television requirement requirements reference preference
    difference dependence independence existence evidence residence audience finance
    insurance allowance alliance appliance agency variance distance substance instance
    ambulance provision provisions solution solutions population regulation regulations
    legislation constitution capital principal official officials professional material
    materials terminal terminals signal signals rival rivals individual individuals
    potential animal animals journal journals proportion element elements movement
    movements measurement measurements tournament tournaments advertisement
    advertisements entertainment employment unemployment investments intersection
    intersections legislature legislatures venture ventures federation federations
    configuration battery batteries edition editions congregation annexure annexures
    accommodation education direction directions"""
)
_DEVERBAL_SUFFIXES = (
    ("ation", ("ate", "e", "")),
    ("ition", ("e", "")),
    ("tion", ("t", "te", "e")),
    ("sion", ("d", "de", "se", "t")),
    ("ment", ("",)),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("al", ("", "e")),
    ("ure", ("", "e")),
    ("ery", ("er",)),
    ("ry", ("r",)),
)


def is_deverbal(noun: str) -> bool:
    """Whether `noun` names the event of a known verb: "production", "delivery", "arrival".

    >>> is_deverbal("production"), is_deverbal("recovery"), is_deverbal("government")
    (True, True, False)
    """
    singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    if singular in _NOT_EVENT_DEVERBALS or noun in _NOT_EVENT_DEVERBALS:
        return False
    for suffix, endings in _DEVERBAL_SUFFIXES:
        if singular.endswith(suffix) and len(singular) > len(suffix) + 2:
            stem = singular[: -len(suffix)]
            for ending in endings:
                if stem + ending in VERB_LEMMAS:
                    return True
                if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] + ending in VERB_LEMMAS:
                    return True  # "occurrence"
    return False


# Adjectives that TimeML marks as states when they are predicated ("he is dead").
STATE_ADJECTIVES = NEWS_STATE_ADJECTIVES | words_of(
    """dead alive injured wounded missing safe ill sick hospitalised hospitalized pregnant
    available unavailable responsible able unable ready willing unwilling likely unlikely
    possible impossible aware unaware afraid worried concerned confident optimistic
    pessimistic sure unsure certain uncertain open closed shut free guilty innocent
    eligible bankrupt insolvent stable unstable calm tense quiet peaceful hostile strong
    weak focused determined committed opposed equal"""
)
