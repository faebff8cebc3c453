"""Failed sign-ins are slowed per name and per address: 429 with Retry-After, for a minute at most."""

from tests import samples
from tests.pages import sign_in


def client_at(app, address):
    """A test client whose requests come from `address`."""
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return client


def test_failures_on_one_name_are_slowed_from_any_address(app, editor):
    for n in range(5):
        response = sign_in(client_at(app, f"10.0.0.{n}"), password="not the password")
        assert response.status_code == 200
    response = sign_in(client_at(app, "10.0.0.99"))  # the right password, but too soon
    assert response.status_code == 429
    assert 0 < int(response.headers["Retry-After"]) <= 60
    assert "too many failed sign-ins" in response.get_data(as_text=True)
    # Another name is not slowed by the failures on this one.
    app.extensions["accounts"].add("bob", samples.PASSWORD)
    assert sign_in(client_at(app, "10.0.0.99"), name="bob").status_code == 302


def test_failures_from_one_address_are_slowed_for_any_name(app, editor):
    client = client_at(app, "10.0.0.7")
    for n in range(20):
        assert sign_in(client, name=f"guess{n}", password="not the password").status_code == 200
    response = sign_in(client)
    assert response.status_code == 429
    assert 0 < int(response.headers["Retry-After"]) <= 60
    assert sign_in(client_at(app, "10.0.0.8")).status_code == 302  # other addresses are not


def test_successful_sign_ins_are_not_counted(app, editor):
    client = client_at(app, "10.0.0.9")
    for _ in range(25):
        assert sign_in(client).status_code == 302


def test_the_limits_follow_the_settings(data_dir, tmp_path):
    from tracker import create_app
    app = create_app({"TESTING": True, "DATA": str(data_dir), "INSTANCE": str(tmp_path / "i"),
                      "SIGN_IN_LIMIT_PER_NAME": "1 per minute"})
    app.extensions["accounts"].add(samples.EDITOR, samples.PASSWORD)
    client = client_at(app, "10.0.1.1")
    assert sign_in(client, password="not the password").status_code == 200
    assert sign_in(client).status_code == 429
