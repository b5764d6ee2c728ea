"""Event nouns and states that news of crime, protest, conflict and their aftermath uses,
beyond the core lists of `_lexicon`: what a reaction may answer ("arrested in connection
with the robbery", "anger over the eviction") and what a protest may be ("a sit-in").

Written here; each word names a happening or a state that holds for a time, as TimeML's
event nouns and predicative states do.
"""

from __future__ import annotations

from ._words import words_of

__all__ = ["NEWS_EVENT_NOUNS", "NEWS_STATE_ADJECTIVES"]

NEWS_EVENT_NOUNS = words_of(
    """robbery robberies theft thefts burglary burglaries looting fraud crime crimes
    anger outrage fury uproar furore furor outcry backlash deadlock stalemate standoff
    stand-off impasse stampede carnage bloodshed mayhem rampage vandalism agitation
    agitations sit-in sit-ins march marches boycott boycotts picket pickets bandh hartal
    dharna stir curfew gunfight gunbattle firefight shootout skirmish skirmishes stabbing
    stabbings beating beatings lynching lynchings rape rapes molestation harassment torture
    seizure seizures eviction evictions demolition demolitions displacement privatisation
    privatization negligence destruction fatalities leak leaks spill spills breach breaches
    hack hacking cyberattack blaze blazes inferno encounter walkouts lockouts sackings
    layoff dismissals suicide suicides overdose poisoning outbreaks rain rains rainfall
    downpour downpours snowfall blizzard heatwave cloudburst gale gales charge calls
    damage duel scuffle scuffles brawl altercation argument arguments take-off takeoff
    lock-out lock-outs stoppage stoppages landing landings session sessions
    comment tiff tiffs squabble squabbles fracas melee fisticuffs tackle tackles foul fouls
    detour detours diversion diversions sentence sentences verdict verdicts tip-off
    tip-offs shoot-out shoot-outs break-in break-ins hold-up hold-ups pile-up pile-ups
    action actions crackdown crack-down round-up clean-up walk-out walk-outs ordeal ordeals
    shock crush crushes wound wounds burns fracture fractures shower showers thunderstorm
    thunderstorms hailstorm hailstorms droughts monsoon complaint complaints petition
    petitions decrease decreases lift-off liftoff touchdown splashdown winds gusts panic chaos havoc
    confusion commotion hardship gunfire advice overfishing lathi-charge lathicharge
    baton-charge"""
)
NEWS_STATE_ADJECTIVES = words_of(
    """furious angry upset outraged unhappy shocked anguished dismayed disappointed
    saddened incensed frustrated indignant aggrieved alarmed agitated"""
)
