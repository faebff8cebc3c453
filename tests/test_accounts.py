"""Editor accounts, API tokens and the secret key: `tracker.accounts` and `tracker editor`."""

import hashlib
import json
import stat

import pytest

from tests import samples
from tracker import accounts, create_app
from tracker.accounts import Accounts
from tracker.cli import main
from tracker.errors import Conflict, Invalid, NotFound

PASSWORD = samples.PASSWORD


@pytest.fixture
def instance(tmp_path):
    return tmp_path / "instance"


def run(runner, *args, input=None):
    return runner.invoke(main, [str(a) for a in args], input=input)


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_add_stores_only_a_scrypt_hash_in_a_private_file(instance):
    Accounts(instance).add("alice", PASSWORD)
    path = instance / "editors.json"
    text = path.read_text()
    assert PASSWORD not in text
    assert json.loads(text)["alice"]["password"].startswith("scrypt:")
    assert mode(path) == 0o600
    assert Accounts(instance).check_password("alice", PASSWORD)
    assert not Accounts(instance).check_password("alice", PASSWORD + "!")
    assert not Accounts(instance).check_password("bob", PASSWORD)


@pytest.mark.parametrize("name, password, field, message", [
    ("Alice Smith", PASSWORD, "name", "'Alice Smith' is not a valid editor name"),
    ("", PASSWORD, "name", "'' is not a valid editor name"),
    ("../etc", PASSWORD, "name", "'../etc' is not a valid editor name"),
    ("alice", "", "password", "is empty"),
    ("alice", "short", "password", "is shorter than 10 characters"),
])
def test_add_refuses_a_bad_name_or_password(instance, name, password, field, message):
    with pytest.raises(Invalid) as caught:
        Accounts(instance).add(name, password)
    assert caught.value.errors[field].startswith(message)
    assert not (instance / "editors.json").exists()


def test_adding_a_known_name_needs_replace(instance):
    editors = Accounts(instance)
    assert editors.add("alice", PASSWORD) is True
    with pytest.raises(Conflict):
        editors.add("alice", "another password")
    assert editors.check_password("alice", PASSWORD)
    assert editors.add("alice", "another password", replace=True) is False
    assert editors.check_password("alice", "another password")


def test_a_token_is_shown_once_and_only_its_hash_kept(instance):
    editors = Accounts(instance)
    editors.add("alice", PASSWORD)
    editors.add("bob", PASSWORD)
    token = editors.new_token("alice")
    text = (instance / "editors.json").read_text()
    assert token not in text
    assert hashlib.sha256(token.encode()).hexdigest() in text
    assert editors.editor_for_token(token) == "alice"
    assert editors.editor_for_token(token[:-1]) is None
    assert editors.editor_for_token("") is None
    second = editors.new_token("alice")
    assert second != token and editors.editor_for_token(token) == editors.editor_for_token(second) == "alice"


def test_a_token_for_an_unknown_editor_is_refused(instance):
    with pytest.raises(NotFound):
        Accounts(instance).new_token("nobody")


def test_the_secret_key_is_made_once_private_and_reused(instance):
    key = accounts.secret_key(instance)
    assert len(key) == 64
    assert mode(instance / "secret_key") == 0o600
    assert accounts.secret_key(instance) == key


def test_the_app_signs_with_the_instance_key_unless_configured(data_dir, instance):
    app = create_app({"DATA": str(data_dir), "INSTANCE": str(instance)})
    assert app.secret_key == (instance / "secret_key").read_text().strip()
    configured = create_app({"DATA": str(data_dir), "INSTANCE": str(instance), "SECRET_KEY": "x" * 40})
    assert configured.secret_key == "x" * 40


@pytest.mark.parametrize("inside", [".", "secrets"])
def test_the_instance_may_not_be_inside_the_data(data_dir, inside):
    with pytest.raises(Invalid) as caught:
        create_app({"DATA": str(data_dir), "INSTANCE": str(data_dir / inside)})
    assert "inside the data folder" in caught.value.errors["instance"]
    assert not (data_dir / "secret_key").exists() and not (data_dir / inside / "secret_key").exists()


def test_cli_adds_an_editor_from_stdin_and_prints_a_token(runner, instance):
    result = run(runner, "editor", "add", "alice", "--password-stdin", "--instance", instance,
                 input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    assert "editor 'alice' added" in result.output
    assert Accounts(instance).check_password("alice", PASSWORD)
    result = run(runner, "editor", "token", "alice", "--instance", instance)
    assert result.exit_code == 0, result.output
    assert Accounts(instance).editor_for_token(result.output.strip()) == "alice"


def test_cli_reads_the_instance_from_the_environment(runner, instance, monkeypatch):
    monkeypatch.setenv("TRACKER_INSTANCE", str(instance))
    assert run(runner, "editor", "add", "alice", "--password-stdin", input=PASSWORD).exit_code == 0
    assert Accounts(instance).exists("alice")


def test_cli_refuses_a_short_password_and_a_second_add(runner, instance):
    result = run(runner, "editor", "add", "alice", "--password-stdin", "--instance", instance, input="\n")
    assert result.exit_code == 1 and "password: is empty" in result.output
    run(runner, "editor", "add", "alice", "--password-stdin", "--instance", instance, input=PASSWORD)
    result = run(runner, "editor", "add", "alice", "--password-stdin", "--instance", instance,
                 input="another password")
    assert result.exit_code == 1 and "editor 'alice' already exists" in result.output
    result = run(runner, "editor", "add", "alice", "--password-stdin", "--replace", "--instance", instance,
                 input="another password")
    assert result.exit_code == 0 and "has a new password" in result.output
    assert Accounts(instance).check_password("alice", "another password")


def test_cli_token_for_an_unknown_editor_fails(runner, instance):
    result = run(runner, "editor", "token", "nobody", "--instance", instance)
    assert result.exit_code == 1 and "no editor 'nobody'" in result.output
