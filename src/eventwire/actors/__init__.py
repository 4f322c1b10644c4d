"""Actor dictionaries (countries, organisations, agents, office holders) and their loader."""

from eventwire.actors.dictionary import (
    ActorDictionary,
    Person,
    Term,
    load_dictionary,
    normalize,
)

__all__ = ["ActorDictionary", "Person", "Term", "load_dictionary", "normalize"]
