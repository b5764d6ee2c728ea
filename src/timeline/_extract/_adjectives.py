"""Adjectives the tagger knows by name, for words no verb shares and no suffix gives away.

An unknown word is read as a noun, so without these "used mild force" reads "mild" as a
noun and "force" as its verb. Only words that are rarely nouns are listed ("a rival",
"the official" are left to the noun reading); words that are also verbs ("calm", "clear")
are read by the verb rules first.
"""

from __future__ import annotations

from ._words import words_of

__all__ = ["COMMON_ADJECTIVES"]

COMMON_ADJECTIVES = (
    words_of(
        """new old top last related major big small large great high low long short good bad
    early late first second third former current local national international foreign military
    civil political economic public private federal central eastern western northern
    southern main key senior junior young full whole entire own other same such recent
    next further heavy light strong weak hard soft free open close legal illegal
    official unofficial regional global general special total deadly fatal violent
    peaceful armed unarmed several many few various certain serious severe minor huge
    massive treacherous legitimate jihadist militant moderate radical extremist rebel
    different recent important significant relevant urgent independent effective active
    massive aggressive defensive positive negative alternative tentative conservative
    progressive democratic authoritarian humanitarian civilian sectarian veteran
    difficult unrelated commercial financial industrial annual"""
    )
    | words_of(
        # Manner, size and degree: "mild force", "fierce fighting", "a steep rise".
        """mild fierce brutal bloody grim tense angry furious bitter sharp steep sudden rapid
    swift gradual fresh renewed widespread sporadic isolated frequent rare usual unusual
    normal abnormal regular indefinite temporary permanent lengthy immediate direct
    indirect timely earlier previous prior subsequent initial preliminary formal informal
    partial complete absolute wide deep shallow thick broad vast tiny modest minimal
    additional adequate inadequate sufficient insufficient scarce ample wealthy cheap
    expensive costly affordable unfair unjust false real actual genuine apparent obvious
    unclear vague visible invisible safe unsafe dangerous risky insecure unstable volatile
    fragile strict lax harsh tough gentle cruel hostile friendly neutral mutual bilateral
    multilateral unilateral domestic external internal overseas remote rural urban suburban
    coastal hot warm freezing dense sad happy glad proud ashamed anxious nervous fearful
    hopeful desperate helpless intense extensive excessive exclusive massive decisive
    crucial vital essential necessary unnecessary entire famous notorious infamous innocent
    guilty unknown known popular unpopular controversial disputed rampant overall
    nationwide statewide citywide worldwide countrywide"""
    )
    | words_of(
        # Comparatives: "demanding higher wages", "safer wards".
        """higher lower better worse greater bigger smaller larger wider longer shorter
    stronger weaker faster slower safer cheaper harsher tougher stricter fairer"""
    )
)
