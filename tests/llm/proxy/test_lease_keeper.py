"""A long stream keeps its slot among the client's calls in flight: its lease is renewed every half lease."""

from modelward.llm.proxy.accounting import Concurrency, LeaseKeeper


class _Store:
    """A shared slot store's renewals, recorded; `gone` makes them fail (the slot pruned)."""

    def __init__(self):
        self.renewals: list[float] = []
        self.gone = False

    def renew(self, client, token):
        self.renewals.append(self.now)
        return not self.gone


def _keeper(store, lease_s=60.0):
    store.lease_s, store.now = lease_s, 0.0
    return LeaseKeeper(store, "alice", "tok", clock=lambda: store.now)


def test_the_lease_is_renewed_every_half_lease_while_events_arrive():
    store = _Store()
    keeper = _keeper(store)
    for t in range(0, 200, 5):  # an event every 5 s for 200 s, past three leases
        store.now = float(t)
        keeper.tick()
    assert store.renewals == [30.0, 60.0, 90.0, 120.0, 150.0, 180.0] and not keeper.lost


def test_a_slot_found_gone_is_reported_and_the_call_goes_on():
    store = _Store()
    keeper = _keeper(store)
    store.gone, store.now = True, 31.0
    keeper.tick()
    assert keeper.lost


def test_a_local_slot_needs_no_renewal():
    local = Concurrency()
    token = local.acquire("alice", 1)
    keeper = LeaseKeeper(local, "alice", token, clock=lambda: 1e9)
    keeper.tick()
    assert not keeper.lost and local.acquire("alice", 1) is None  # still held until released
