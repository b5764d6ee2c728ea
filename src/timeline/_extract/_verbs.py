"""More verbs news uses, by beat, and their irregular forms: the second half of the lexicon.

Written for this project from English usage (British and American spellings: "-ise" and
"-ize", "-our" and "-or", "fulfil" and "fulfill"), so that the tagger knows the verbs of
unseen stories ("to disperse the marchers", "officers nabbed a suspect"). Words that are nearly
always nouns in news ("market", "water", "court", "table") are left out: the tagger reads a
verb from its form, and a noun with a verb's letters would be misread. Names that are
also verbs ("Cook", "Trump", "Stone") are left out for the same reason: a capitalised
verb at a sentence start is not read as a name.
"""

from __future__ import annotations

from ._words import words_of

__all__ = ["CLASS_ADDITIONS", "IRREGULAR_MORE", "NEWS_VERBS", "NOUN_FIRST_VERBS"]

_POLITICS = """
abdicate abstain accede acclaim administer affiliate allot annex annul appease apportion
arbitrate assent backtrack balk baulk bicker blacklist bypass canvass capitulate caucus
censure centralise centralize champion chastise chide chair circumvent codify coerce
collude concur condone consent constrain contravene co-opt criminalise criminalize
decentralise decentralize decree decriminalise decriminalize defect delegitimise
delegitimize democratise democratize demote denigrate depose deregulate devolve dictate
disavow disband discredit disenfranchise disown dissent distance divest draft redraft
embargo endeavour endeavor enfranchise enshrine entrust espouse federate filibuster flout
formulate gerrymander heckle impeach implore inaugurate institute invoke lambast lambaste
legalise legalize legislate legitimise legitimize liaise liberalise liberalize
marginalise marginalize nationalise nationalize negate nullify obstruct outvote overrule
override pander polarise polarize politicise politicize pontificate preempt pre-empt
privatise privatize prorogue proscribe quash rebuke recant reconcile redress reelect
re-elect regularise regularize reinstate relinquish rename renege renounce reorganise
reorganize repatriate repudiate rescind restructure revamp rig scrutinise scrutinize
secede sponsor stonewall streamline subsidise subsidize supersede sway unify usurp vilify
waive woo reign govern campaign poll canvass cosign co-sign countersign ratify
modernise modernize federalise demilitarise demilitarize rebrand reshape reallocate
"""

_POLICE_AND_COURTS = """
abet abscond absolve adjudicate apprehend arraign bail behead blackmail bludgeon bribe
burgle burglarise burglarize bust cheat corroborate cross-examine debar decapitate deceive
defame defraud disbar electrocute embezzle enjoin entrap exonerate extort fine
fingerprint frisk handcuff harass impersonate implicate incarcerate incriminate
intimidate launder loiter lynch molest nab parole perjure poach rape ransack rearrest
re-arrest remand reprimand reprieve shoplift snatch stalk strangle subpoena suffocate
swindle throttle trespass vandalise vandalize wiretap enquire grill confine apprise
overhear indict acquit convict sentence prosecute investigate probe trace cordon
smother stab persecute prosecute testify recuse depose adjourn reconvene
"""

_PROTEST = """
agitate barricade brandish chant clamour clamor congregate converge disperse gatecrash
hurl jeer jostle lob parade pelt picket riot scuffle squat thrash tussle vandalise
deface erect evict resettle rehabilitate placate pacify de-escalate deescalate
galvanise galvanize mobilise mobilize rampage heckle boo whistle wave blacken immolate
self-immolate shove trample stampede gherao suppress repress quell subdue thwart foil
obey disobey defy rally march protest demonstrate assemble gather
"""

_WAR = """
annihilate bombard counterattack counter-attack decimate demobilise demobilize disengage
encircle exile banish flatten fortify garrison infiltrate intercept liberate maul mutiny
outflank airdrop pound batter blitz skirmish repel repulse slaughter butcher
rearm redeploy reoccupy retake shoot strafe uproot ravage rage simmer smoulder smolder
massacre avenge retaliate ambush besiege overrun shell snipe recapture reconquer
deploy demilitarise conscript enlist dislodge evacuate surrender capitulate defect
colonise colonize occupy invade annex raid storm
"""

_DISASTERS = """
abate batter char collapse crumble douse drench engulf evacuate extinguish extricate
flatten inundate jolt lash overflow perish quench rumble scorch sear smoulder spew
submerge subside swamp uproot veer billow belch capsize derail dissipate evaporate melt
thaw freeze maroon cave topple flood swell recede intensify weaken rebuild restore
"""

_BUSINESS = """
accrue amortise amortize auction bail bankroll budget capitalise capitalize
commercialise commercialize default delist demerge dip diversify downsize earmark float
fluctuate furlough hedge inflate insure invoice lease leverage liquidate monetise
monetize mortgage offload outperform outsource outstrip overpay peg procure rebound recoup
refinance refund reimburse relaunch relist retrench skyrocket spike stagnate stockpile
subcontract trim tumble underperform underwrite undercut axe disburse allocate
peak slow stall rally recover falter buoy dampen erode eclipse ramp pare levy
overspend overvalue undervalue devalue revalue depreciate appreciate overtake hoard
load unload pack sponsor incorporate reincorporate
headquarter manufacture export import trade invest divest acquire merge
"""

_HEALTH_AND_SCIENCE = """
afflict amputate anaesthetise anesthetize convalesce diagnose disinfect immunise immunize
infect inject inoculate medicate prescribe quarantine recuperate relapse resuscitate
sedate sterilise sterilize succumb transmit vaccinate ventilate mutate replicate
contaminate calibrate compute configure decode decrypt digitise digitize download upload
encode encrypt excavate experiment extrapolate hypothesise hypothesize innovate quantify
reboot simulate synthesise synthesize validate verify orbit dissect isolate
"""

_SPORT_AND_TRANSPORT = """
clinch dethrone equalise equalize outclass outplay outscore outrun outlast relegate
triumph tie commute disembark moor navigate ply reroute sail skid steer tow capsize
embark ditch jackknife overturn crash-land refuel
"""

_GENERAL = """
accommodate accumulate accustom adhere admire advertise affix aggregate align allay allude
alternate amaze amuse apprise approximate arouse ascend ascertain ascribe aspire assimilate
associate attain attest attribute augment authenticate automate avail avenge aver avow
awaken balance bathe beckon befriend belittle berate bestow betray bewilder blend bless
blink blur bother brace breathe bristle broaden browse buckle budge bump bundle burden
calculate caress carve categorise categorize cater certify characterise characterize chat
check cherish chew choke chop circulate clap classify cleanse clog clutch coax coexist
commend communicate complement complicate compose comprehend comprise conceive
concentrate condense conform confuse conjure conquer conserve console consume contrive
copy correlate relate correspond corrode counsel cover crave crawl crumble cultivate curse decay
decelerate decipher decorate dedicate deduce deduct deepen defy degrade delineate delude
demarcate demean demonise demonize denote depict deplete deprive derive descend desecrate
despise destabilise destabilize detach detest devalue devise devour differentiate dilute
dine disable disallow disappoint disapprove discard discern discontinue discourage
disguise dislike dismember dispel dispense displease dispose disprove disqualify disregard
dissociate dissuade distinguish distort distract distrust disturb dive diverge divulge dodge
double drain dramatise dramatize dread drift drill dub duplicate dwindle educate elaborate
elevate elicit elude embarrass embed emigrate immigrate migrate emit emulate enclose
encompass encroach energise energize enlarge enlighten enrage enrich enrol enroll enslave
entail entangle entertain enthuse entice envisage envision equate eradicate erase erode err
evoke exaggerate excavate excel exclaim excuse exempt exert exhaust exhort expedite expound
extol extract fabricate facilitate fade falsify familiarise familiarize fasten fend fetch
finalise finalize flag flaunt flinch flock flourish fold forfeit foster frighten frustrate
fulfil fulfill galvanise gamble garner gasp gauge glance glean glimpse glorify grapple grasp
grieve grip grope grumble guess halve hammer harbour harbor harden harness hasten hate haul
haunt heed heighten hesitate highlight hinder hint hoist hover hug humiliate hurry imagine
imitate immerse impair impart impede impel imperil impress improvise incur indulge infer
infest inflame infringe infuriate inhabit inhale inhibit insert inspire instigate instil
instill insulate integrate interact interpret intertwine invalidate irritate laud laugh
lengthen linger listen loathe lodge loosen lure lurk magnify manipulate manoeuvre maneuver
marvel masquerade materialise materialize maximise maximize mend merit militate mimic
minimise minimize misinterpret misjudge misrepresent mistreat mitigate mix moan mock
mollify monopolise monopolize motivate mould mold mull murmur muster mutter narrate
necessitate normalise normalize nourish nurture obsess offend omit originate outlast
outmanoeuvre outmaneuver outweigh overestimate overheat overload overreach overreact
overstate overstep overwhelm paint panic partake pave peddle penalise penalize penetrate
perceive perpetrate perpetuate persevere pertain perturb pervade photograph pinpoint
plough plow plug portray practise practice preach precede preclude predate prescribe
presume prioritise prioritize proceed prod profess propel prosper publicise publicize
punch purge query quip ramp rationalise rationalize reaffirm realign rearrange reassess
reassert reassign recite reconstruct recount recycle redeem redefine redirect rediscover
redouble redistribute reel refine refocus refrain refresh refute regroup rehearse
reimpose reintroduce reinvent rejoice rejoin rekindle relay relish relive reload remodel
render renovate repay repel repent replenish replicate reposition reproduce reschedule
resent reset resonate resort restart restate resurface resurrect retort retract retrain
reunite reuse revel reverberate revere revert revisit revitalise revitalize revolutionise
revolutionize revolve rewrite ridicule roam roar rotate rouse ruin safeguard salute
sanitise sanitize satisfy savour savor scan scatter scold scour scrape scratch scream
secure seduce segregate sense sever shatter shield shorten shred shrug shudder shun
sidestep sift sigh signify silence simplify slay smear smell smile snatch sneak soak
soften solicit soothe sow spar spawn spell spiral splinter spoil spot spy squabble
squander squash squeeze stagger standardise standardize stare startle steer stifle
stimulate stipulate straddle straighten stray strip stroll stumble stun submerge subscribe
substantiate substitute subvert summarise summarize supervise supplement supplant
surmount swallow sway swerve symbolise symbolize sympathise sympathize taint tamper tap
taunt televise terrify thrive toil toss toughen trail transcend transmit traverse
tremble trim tweak twist unblock underestimate underline underpin underscore understate
undo unearth unleash unlock unmask unnerve unpack unsettle untangle unwind upend upgrade
utilise utilize utter venture verify vindicate visualise visualize wander warrant weave
wed whip whisper wither worship wrap wreak wrest wring yell zoom enquire inquire
dismay abhor covet yearn surmise contemplate ponder remember forget realise realize
mistrust confide boast brag lament complain emphasise emphasize stress restate clarify
affirm attest disclose divulge exclaim proclaim answer retort narrate recommence persist
culminate abort pause discern behold eschew evade forgo forego forestall stymie hamper
impede obstruct direct designate anoint induce entice cajole goad incite pressurise pressurize
consent commence examine inspect scrutinise comprise encompass entail owe suffice abound
coexist differ vary hinge play sit cite commit wonder equal total view spot glimpse
restart discontinue reignite inflame reassure bury drown wreck injure fracture sprain
cremate disrobe skip beseech quote dislocate bruise scald electrify enthral enthrall appal
appall distil distill ram gun ensue cripple situate populate plague unfurl flay slap hatch
mow quiz ink whitewash blindside scoop dash petrify crackle commandeer rechristen emanate
deviate undress mangle emblazon compliment induct decolonise decolonize mechanise
mechanize barge spray exit display roll impact harvest slate whisk decry abide belie
bereave outwit outsmart bequeath debunk dupe fleece gouge
"""

# Verbs whose base and plural are nouns in news ("the book", "power plants"): only their
# "-ed" and "-ing" forms read as verbs ("booked for speeding", "shipped"), and the
# base after "to" or a modal ("to table a motion"); `_lexicon.NOUN_ONLY` holds the rest.
NOUN_FIRST_VERBS = words_of("book ship plant board table ground floor station")

_MORE = """
accelerate acclimatise acclimatize accredit acquaint activate adorn advocate aggrieve
airlift alienate amplify animate annotate apologise appraise apprehend archive arm assuage
atone attune auction authorise awe backfire bandage banter bargain barter beautify bemoan
berate besiege bewail blaze blindfold blister bloat bombard bookmark brainwash
brandish brew brighten broker bully bungle burrow calm camouflage cancel caution
cement censor chafe chant chaperone charter chase chastise christen clamber clasp cling
clobber coalesce coincide collate comfort compel compile complicate conceal
condemn confer confiscate congest conscript contaminate contest convene convert cower
cram crank crease crouch crusade crystallise crystallize cuddle dabble dampen dazzle
debate debut declassify decommission decontaminate deem defer defuse degenerate dehydrate
deliberate delve demolish denounce deplore depose deputise deputize descend detain
deteriorate devastate digress dilapidate disarm disclose discontinue disembowel dishearten
disinherit dislike dismantle disorient displace dissolve distress disunite diversify
divide dominate donate downplay drag dramatise dread drizzle drool earn edit
electioneer elongate embolden emerge encapsulate endanger endear energise enforce
engrave engross enliven enquire enumerate envelop equip erupt escalate escort evacuate
evict exacerbate exasperate excommunicate exemplify exhibit exhume exonerate expatriate
expire exploit expropriate extradite fathom fend ferment ferry fester fetter feud
fidget flail flank flare flog flounder flush sour flutter foment forbid foretell forewarn fumble
fumigate fuse gag gallop garnish gasify gatecrash glide gloat glow gnaw gossip
gravitate graze greet grin grind groan growl guzzle haggle hallucinate harass harm
heal heave hibernate hijack hiss hobble hoodwink hook hoot horrify hospitalise
hound huddle hunker hurtle hustle hype idolise idolize ignore illuminate impale
impersonate implant impound impoverish imprint incapacitate incense incline inconvenience
incorporate incubate indoctrinate industrialise industrialize infuse ingest inhibit
inscribe insinuate institutionalise institutionalize intensify intercede
interject interrogate intersect intervene intoxicate invigorate irrigate
jail jam jeopardise jeopardize jettison joke jolt juxtapose kneel knit lag lament
languish lapse lash lavish leapfrog legislate lessen liberate license lighten
liquefy litigate loom lunge maim malfunction mandate manhandle massacre
meander mediate memorialise memorialize mention merge mesmerise mesmerize meddle
militarise militarize mingle misappropriate misbehave miscalculate misfire
misgovern mishandle misinform mislabel misplace misquote misrule misuse
modulate molest morph mortify mourn muddle muffle multiply mumble mummify munch mutilate
muzzle nag nationalise neglect negotiate nestle nibble nickname nominate nudge
obfuscate obligate oblige obliterate obstruct occupy offset ordain orient
orientate oscillate ostracise ostracize outbid outgrow outlaw outline outnumber
outpace outrage outshine overburden overcharge overcrowd overdose overexert overhaul
overlap overlook overpower overrate overrun oversee overshadow overshoot oversimplify
overstay overtax overthrow overturn overuse overvalue overwork pacify pamper paralyse
paralyze pardon parody patrol pause peek penetrate perch perforate perish permeate
perplex persecute personify persuade pester petition pilfer pillage pinch pioneer
placate plagiarise plagiarize plead pledge plot plummet plunder plunge poison
polish pollute ponder postpone pounce preside presuppose prevail prick procrastinate
proliferate prolong prompt propagate propagandise prophesy prosecute protract protrude
provoke prune pry pummel puncture purport purr quarrel quell quiver radicalise radicalize
raze rebel rebound rebuff recapture recede recharge reciprocate reckon reclaim recline
recoil reconvene recount rectify recur redeploy redraw reek reforest refurbish
regain regale regenerate regret regulate rehabilitate rehouse reignite reimburse rein
reinforce reinstall reinvest reiterate rejuvenate relent relieve relocate remand
reminisce remit renege renew renovate reopen reorder repaint repatriate rephrase
replay reprimand reprocess repulse reroute reseal reseed reshuffle reside resize resound
restock restrain restrict resume retaliate retaliate rethink retire retreat retrofit
revoke revolt rewind rework rile rinse ripple roast rob rocket rot rout
rumour rumor rupture rustle sabotage sadden salvage sanction saturate scald
scamper scoff scorn scowl scramble scrap scrawl scream screech scribble scrounge
scrub scrutinise scuttle seal seep sequester shackle shelve shirk
shovel shriek shrivel shudder shuffle shutter sicken sideline sidetrack simmer
siphon skew skim skirt slacken slander slant slaughter slice slog slump smash
smuggle snap snare sneer sniff snipe snooze snub soar sob socialise socialize solidify
sparkle specialise specialize speculate splash spook sprawl sprinkle sprint spurn
squabble squint stabilise stagnate stammer stampede starve stash stem
sterilise stiffen stimulate stink stir stoke stomp strand strangle stratify strengthen
stretch stroke struggle strut stutter subjugate sublet submit subsidise
succumb suffocate summon superimpose supersede supplement surge surpass surrender
surround suspect swagger swarm sweeten swirl systematise tackle tally tarnish
teeter tempt terrorise testify thaw thicken thrash threaten thump
tickle tighten tinker tiptoe tolerate topple torment torpedo torture totter tout
trample transfigure transpire traumatise traumatize tread treble trek
trickle trivialise trounce truncate tumble twitch unearth unfreeze
unhinge unify unite unload unnerve unravel unseat untie unveil upgrade uphold uproot
usher vacate vaccinate validate vanish vaporise veer vent vex vibrate
victimise victimize vie vindicate violate vomit vouch waffle wail wane
weaken wean weld wheeze whine whirl whittle widen wield wince wobble worsen
wound wrangle wreck wrestle wriggle yank yawn
"""

NEWS_VERBS: frozenset[str] = words_of(
    "".join(
        (
            _POLITICS,
            _POLICE_AND_COURTS,
            _PROTEST,
            _WAR,
            _DISASTERS,
            _BUSINESS,
            _HEALTH_AND_SCIENCE,
            _SPORT_AND_TRANSPORT,
            _GENERAL,
            _MORE,
        )
    )
)

# Verbs whose past tense and participle are not lemma + "-ed" (past first, then the
# participle where it differs); those of the first list are in `_lexicon`.
IRREGULAR_MORE: dict[str, tuple[str, ...]] = {
    "befall": ("befell", "befallen"),
    "beset": ("beset",),
    "behold": ("beheld",),
    "dwell": ("dwelt", "dwelled"),
    "forego": ("forewent", "foregone"),
    "foretell": ("foretold",),
    "forgo": ("forwent", "forgone"),
    "forsake": ("forsook", "forsaken"),
    "knit": ("knit", "knitted"),
    "mishear": ("misheard",),
    "mislay": ("mislaid",),
    "misread": ("misread",),
    "mistake": ("mistook", "mistaken"),
    "misunderstand": ("misunderstood",),
    "offset": ("offset",),
    "outbid": ("outbid",),
    "outdo": ("outdid", "outdone"),
    "outgrow": ("outgrew", "outgrown"),
    "outrun": ("outran", "outrun"),
    "outsell": ("outsold",),
    "outshine": ("outshone",),
    "overdo": ("overdid", "overdone"),
    "overhear": ("overheard",),
    "override": ("overrode", "overridden"),
    "overshoot": ("overshot",),
    "overspend": ("overspent",),
    "overpay": ("overpaid",),
    "partake": ("partook", "partaken"),
    "recast": ("recast",),
    "redo": ("redid", "redone"),
    "redraw": ("redrew", "redrawn"),
    "remake": ("remade",),
    "repay": ("repaid",),
    "rerun": ("reran",),
    "resell": ("resold",),
    "reset": ("reset",),
    "retake": ("retook", "retaken"),
    "retell": ("retold",),
    "rethink": ("rethought",),
    "rewind": ("rewound",),
    "rewrite": ("rewrote", "rewritten"),
    "sew": ("sewed", "sewn"),
    "shear": ("sheared", "shorn"),
    "slay": ("slew", "slain"),
    "sling": ("slung",),
    "sow": ("sowed", "sown"),
    "spell": ("spelt", "spelled"),
    "spill": ("spilt", "spilled"),
    "spit": ("spat",),
    "spoil": ("spoilt", "spoiled"),
    "stink": ("stank", "stunk"),
    "stride": ("strode", "stridden"),
    "string": ("strung",),
    "swell": ("swelled", "swollen"),
    "tread": ("trod", "trodden"),
    "undercut": ("undercut",),
    "underlie": ("underlay", "underlain"),
    "underpay": ("underpaid",),
    "undo": ("undid", "undone"),
    "underwrite": ("underwrote", "underwritten"),
    "unfreeze": ("unfroze", "unfrozen"),
    "unwind": ("unwound",),
    "waylay": ("waylaid",),
    "weave": ("wove", "woven"),
    "wed": ("wed", "wedded"),
    "wring": ("wrung",),
    "sublet": ("sublet",),
    "smell": ("smelt", "smelled"),
    "broadcast": ("broadcast",),
    "telecast": ("telecast",),
    "webcast": ("webcast",),
    "outfight": ("outfought",),
    "oversleep": ("overslept",),
    "withstand": ("withstood",),
    # Verbs whose regular forms are usual, with the irregular one some writers use.
    "plead": ("pled",),
    "sneak": ("snuck",),
    "strew": ("strewn",),
    "mow": ("mown",),
    "beseech": ("besought",),
    "bereave": ("bereft",),
}

# TimeML classes of verbs above that are not OCCURRENCEs, by the guidelines' families: the
# class, then its lemmas.
CLASS_ADDITIONS: dict[str, frozenset[str]] = {
    # Declaring, narrating, informing: what someone says or writes.
    "REPORTING": words_of(
        """aver avow affirm attest narrate divulge exclaim retort quip confide confess
        boast brag complain emphasise emphasize stress underline underscore restate
        clarify answer whisper mutter murmur relay apprise"""
    ),
    # Attempting, investigating, delaying and hindering, avoiding, asking and urging,
    # agreeing, naming: each introduces the event it is about.
    "I_ACTION": words_of(
        """endeavour endeavor strive ascertain examine inspect scrutinise scrutinize
        verify enquire inquire adjourn reschedule hamper impede obstruct stymie thwart
        foil forestall preempt pre-empt evade dodge shun sidestep refrain abstain eschew
        forgo forego implore exhort beseech pressurise pressurize pressure coerce induce
        entice cajole goad incite mandate consent accede designate anoint guarantee opt
        direct"""
    ),
    # Believing, knowing, wanting, fearing, considering.
    "I_STATE": words_of(
        """realise realize remember forget dislike detest loathe abhor despise resent
        mistrust distrust crave covet yearn envisage envision foresee contemplate ponder
        mull surmise"""
    ),
    # Beginning, continuing, stopping, culminating.
    "ASPECTUAL": words_of("recommence persist pause culminate abort finalise finalize embark"),
    "PERCEPTION": words_of("perceive discern overhear behold"),
    "STATE": words_of("comprise encompass entail owe suffice abound coexist differ vary hinge"),
}
