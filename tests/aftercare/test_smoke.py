from tests.conftest import World


def test_world_builds_with_one_open_match(world: World) -> None:
    assert world.match.status == "active"
    assert world.survivor_profile.matches.count() == 1
