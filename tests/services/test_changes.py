"""What a service call changed: combined, falsy when nothing, everything after a restore."""

from commune_radio.services.changes import Changes, Result


def test_changes_combine_and_say_when_nothing_changed():
    assert not Changes()
    both = Changes(library=True) | Changes(schedule=True)
    assert both.library and both.schedule and not both.programmes
    assert Result(3, both).changes == both


def test_everything_is_every_kind():
    every = Changes.everything()
    assert every.library and every.station and every.office and every.handovers
    assert every | Changes() == every
