"""charts/gitops/addons/argo_cd.py: Argo CD Notifications reports each environment's deployed
digests as GitHub commit statuses.

The trigger's ``when`` (an expr-lang expression) and the templates (Go text/template with Sprig)
are evaluated here by small evaluators of exactly the subset the values use: a conjunction of
comparisons for the trigger, and ``range``/``if``/``or``/``hasPrefix``/``splitList``/``last`` for
the template, with Go's ``{{-``/``-}}`` whitespace trimming. Either evaluator refuses anything
outside its subset, so a change of the values that it cannot judge fails here instead of passing.
"""

from __future__ import annotations

import re
import shlex
from typing import Any

import pytest
import yaml

from charts.gitops.addons import argo_cd
from charts.gitops.addons.argo_cd import DEPLOYED_TRIGGER, deployed_status_context, promoted_repositories
from charts.secret_catalog import ARGOCD_NOTIFICATIONS, secrets_for
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config import Environment, load_environment
from contexter_deploy.ground.contracts import ARGOCD_NAMESPACE
from contexter_deploy.validation.helm_values import check_helm_values
from tests.conftest import REPO_ROOT

DIGEST = "sha256:" + "cd" * 32
OLD = "sha256:" + "0" * 64
REVISION = "3" * 40

# --- the trigger's condition: expr-lang, the subset `a and b and ...` of comparisons ---------

_ATOM = re.compile(
    r"^(?P<path>[a-zA-Z_][\w.]*)\s*(?:(?P<op>==|!=)\s*(?P<value>'[^']*'|nil)"
    r"|in\s*\[(?P<items>'[^']*'(?:\s*,\s*'[^']*')*)\])$"
)


def _lookup(variables: dict[str, Any], path: str) -> Any:
    value: Any = variables
    for part in path.split("."):
        if value is None:
            # expr: a member of nil is an error, and the notifications engine treats an error as false
            raise LookupError(path)
        value = value.get(part) if isinstance(value, dict) else None
    return value


def evaluate_when(expression: str, variables: dict[str, Any]) -> bool:
    """``expression`` as expr-lang evaluates it, for conjunctions of ``path == 'x'``, ``path != nil``
    and ``path in ['x', ...]``; anything else raises ``ValueError``. ``and`` short-circuits as in
    expr, and a failing evaluation is false (``triggers.Run`` logs it and does not send)."""
    try:
        for atom in expression.split(" and "):
            match = _ATOM.match(atom.strip())
            if match is None:
                raise ValueError(f"outside the evaluated subset: {atom!r}")
            value = _lookup(variables, match["path"])
            if match["op"]:
                expected = None if match["value"] == "nil" else match["value"][1:-1]
                if (value == expected) != (match["op"] == "=="):
                    return False
            elif value not in [item.strip()[1:-1] for item in match["items"].split(",")]:
                return False
        return True
    except LookupError:
        return False


# --- the template: Go text/template with Sprig, the subset the values use ---------------------

_ACTION = re.compile(r"\{\{(-?)\s*(.*?)\s*(-?)\}\}", re.S)


def _arguments(text: str, dot: Any) -> list[Any]:
    return [dot if word == "." else word for word in shlex.split(text)]


def _call(words: list[Any], piped: Any = None) -> Any:
    name, *args = words
    if piped is not None:
        args.append(piped)
    if name == "hasPrefix":
        prefix, value = args
        return str(value).startswith(prefix)
    if name == "splitList":
        separator, value = args
        return str(value).split(separator)
    if name == "trimPrefix":
        prefix, value = args
        return str(value).removeprefix(prefix)
    if name == "last":
        [values] = args
        return values[-1]
    raise ValueError(f"outside the evaluated subset: function {name}")


def _expression(text: str, dot: Any) -> Any:
    if text.startswith("or "):
        return any(_expression(part, dot) for part in re.findall(r"\(([^()]*)\)", text))
    stages = [stage.strip() for stage in text.split("|")]
    value = _call(_arguments(stages[0], dot))
    for stage in stages[1:]:
        value = _call(_arguments(stage, dot), value)
    return value


def render(template: str, variables: dict[str, Any]) -> str:
    """``template`` executed as text/template would, for the subset above."""
    tokens: list[tuple[str, str]] = []
    position = 0
    for match in _ACTION.finditer(template):
        text = template[position : match.start()]
        if match[1]:
            text = text.rstrip()
        if tokens and tokens[-1][0] == "trim":
            tokens.pop()
            text = text.lstrip()
        tokens.append(("text", text))
        tokens.append(("action", match[2]))
        if match[3]:
            tokens.append(("trim", ""))
        position = match.end()
    tail = template[position:]
    if tokens and tokens[-1][0] == "trim":
        tokens.pop()
        tail = tail.lstrip()
    tokens.append(("text", tail))

    def block(index: int, dot: Any, out: list[str] | None) -> int:
        while index < len(tokens):
            kind, body = tokens[index]
            index += 1
            if kind == "text":
                if out is not None:
                    out.append(body)
            elif body == "end":
                return index
            elif body.startswith("range "):
                items = _lookup(variables, body.removeprefix("range .")) if out is not None else None
                end = block(index, None, None)
                for item in items or []:
                    block(index, item, out)
                index = end
            elif body.startswith("if "):
                taken = out is not None and bool(_expression(body.removeprefix("if "), dot))
                index = block(index, dot, out if taken else None)
            elif out is not None:
                out.append(str(_expression(body, dot)))
        return index

    out: list[str] = []
    block(0, variables, out)
    return "".join(out)


# --- fixtures: the contexter Application as Argo CD reports it --------------------------------


def _application(health: str, sync: str, images: list[str], phase: str = "Succeeded") -> dict[str, Any]:
    return {
        "app": {
            "metadata": {"name": "contexter"},
            "spec": {"source": {"repoURL": "https://github.com/contexter/contexter-deploy.git"}},
            "status": {
                "operationState": {"phase": phase, "syncResult": {"revision": REVISION}},
                "sync": {"status": sync},
                "health": {"status": health},
                "summary": {"images": images},
            },
        },
        "context": {"argocdUrl": "https://argocd.example"},
    }


def _notifications(environment: Environment) -> dict[str, Any]:
    return argo_cd.notifications(
        environment_name=environment.name, repositories=promoted_repositories(environment)
    )


@pytest.fixture(scope="module")
def notifications() -> dict[str, Any]:
    return _notifications(load_environment("prod"))


def _trigger(notifications: dict[str, Any]) -> dict[str, Any]:
    [condition] = yaml.safe_load(notifications["triggers"][f"trigger.{DEPLOYED_TRIGGER}"])
    assert isinstance(condition, dict)
    return condition


def _trunc(message: str, n: int) -> str:
    """notifications-engine's ``trunc``: what GitHub gets as the status description."""
    return message[: n - 3] + "..." if len(message) > n else message


def _sent(notifications: dict[str, Any], variables: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """context -> (state, description) of every status the trigger sends for ``variables``."""
    condition = _trigger(notifications)
    if not evaluate_when(condition["when"], variables):
        return {}
    sent = {}
    for name in condition["send"]:
        template = yaml.safe_load(notifications["templates"][f"template.{name}"])
        status = template["github"]["status"]
        description = _trunc(render(template["message"], variables), 140)
        sent[render(status["label"], variables)] = (render(status["state"], variables), description)
    return sent


def _search_image(digest: str) -> str:
    return f"111111111111.dkr.ecr.eu-west-1.amazonaws.com/contexter/search:1.5.0@{digest}"


ISTIO_PROXY = "docker.io/istio/proxyv2:1.27.1-distroless@sha256:" + "9" * 64


def test_a_synced_and_healthy_app_reports_the_digests_it_runs(notifications: dict[str, Any]) -> None:
    variables = _application("Healthy", "Synced", [_search_image(DIGEST), ISTIO_PROXY])
    sent = _sent(notifications, variables)
    assert sent[deployed_status_context("prod", "search")] == ("success", f"{DIGEST[7:]} ")
    assert sent[deployed_status_context("prod", "api-gateway")] == ("success", "")
    assert set(sent) >= {f"contexter/prod/{w}" for w in ("api-gateway", "search", "ingestion", "backup")}


def test_old_pods_still_running_are_reported_too(notifications: dict[str, Any]) -> None:
    variables = _application("Healthy", "Synced", [_search_image(OLD), _search_image(DIGEST)])
    """Two digests fit in GitHub's 140 characters: the check sees the old one and keeps waiting."""
    assert _sent(notifications, variables)["contexter/prod/search"] == ("success", f"{OLD[7:]} {DIGEST[7:]} ")


@pytest.mark.parametrize(
    ("health", "sync", "phase"),
    [
        ("Degraded", "Synced", "Succeeded"),
        ("Progressing", "Synced", "Succeeded"),
        ("Healthy", "OutOfSync", "Succeeded"),
        ("Healthy", "Synced", "Failed"),
        ("Healthy", "Synced", "Running"),
    ],
)
def test_fails_to_report_anything_unless_synced_healthy_and_the_sync_succeeded(
    notifications: dict[str, Any], health: str, sync: str, phase: str
) -> None:
    variables = _application(health, sync, [_search_image(DIGEST)], phase=phase)
    assert _sent(notifications, variables) == {}


def test_fails_to_report_before_any_sync(notifications: dict[str, Any]) -> None:
    variables = _application("Healthy", "Synced", [_search_image(DIGEST)])
    del variables["app"]["status"]["operationState"]
    assert _sent(notifications, variables) == {}


def test_the_evaluators_refuse_what_they_cannot_judge() -> None:
    with pytest.raises(ValueError, match="outside the evaluated subset"):
        evaluate_when("app.status.health.status matches 'Heal.*'", _application("Healthy", "Synced", []))
    with pytest.raises(ValueError, match="function upper"):
        render("{{ upper .app.metadata.name }}", _application("Healthy", "Synced", []))


def test_a_new_revision_or_a_change_of_the_images_is_reported_again(notifications: dict[str, Any]) -> None:
    """``oncePer`` keys the notification: once per synced revision and set of images, so a status
    posted while old pods terminated is posted again when they are gone."""
    once_per = _trigger(notifications)["oncePer"]
    assert once_per == "[app.status.operationState.syncResult.revision, app.status.summary.images]"


def test_the_github_service_reads_the_keys_the_vault_secret_provides(notifications: dict[str, Any]) -> None:
    service = notifications["notifiers"]["service.github"]
    referenced = set(re.findall(r"\$([\w-]+)", service))
    assert referenced == set(ARGOCD_NOTIFICATIONS.keys)
    assert notifications["secret"] == {"create": False, "name": ARGOCD_NOTIFICATIONS.name}
    assert ARGOCD_NOTIFICATIONS.namespace == ARGOCD_NAMESPACE
    assert all(ARGOCD_NOTIFICATIONS in secrets_for(load_environment(e)) for e in ("dev", "staging", "prod"))
    assert "BEGIN" not in yaml.safe_dump(notifications), "no key material in the values"


def test_the_subscription_selects_the_contexter_application_of_dist() -> None:
    for environment in ("dev", "staging", "prod"):
        application = yaml.safe_load(
            (REPO_ROOT / "dist" / environment / "argocd" / "contexter.application.yaml").read_text()
        )
        [subscription] = _notifications(load_environment(environment))["subscriptions"]
        key, value = subscription["selector"].split("=")
        assert application["metadata"]["labels"][key] == value
        assert subscription["recipients"] == ["github"] and subscription["triggers"] == [DEPLOYED_TRIGGER]


def _argo_cd_application(values: dict[str, Any]) -> Manifest:
    document = yaml.safe_load(
        (REPO_ROOT / "dist" / "prod" / "argocd" / "argo-cd.application.yaml").read_text()
    )
    document["spec"]["source"]["helm"]["valuesObject"] = values
    return Manifest(document)


def test_the_pinned_argo_cd_chart_accepts_the_notifications_values() -> None:
    values = argo_cd.ADDON.values(load_environment("prod"))
    findings = check_helm_values([_argo_cd_application(values)]).findings
    assert not [f for f in findings if "notifications" in f.message], findings


@pytest.mark.shared  # reads the pinned charts or CRDs in ../shared
def test_fails_when_a_notifications_key_is_not_the_charts() -> None:
    values = argo_cd.ADDON.values(load_environment("prod"))
    values["notifications"]["notifier"] = values["notifications"].pop("notifiers")
    findings = check_helm_values([_argo_cd_application(values)]).findings
    assert [f for f in findings if "notifications.notifier" in f.message], findings


def test_fails_when_the_trigger_ignores_health(notifications: dict[str, Any]) -> None:
    """The catalogue's ``on-sync-succeeded`` condition (no health): a Degraded app would report."""
    broken = {**notifications, "triggers": dict(notifications["triggers"])}
    key = f"trigger.{DEPLOYED_TRIGGER}"
    [condition] = yaml.safe_load(broken["triggers"][key])
    condition["when"] = (
        "app.status.operationState != nil and app.status.operationState.phase in ['Succeeded']"
    )
    broken["triggers"][key] = yaml.safe_dump([condition])
    degraded = _application("Degraded", "Synced", [_search_image(DIGEST)])
    assert _sent(broken, degraded), "the broken trigger reports a Degraded app"
    assert not _sent(notifications, degraded)
