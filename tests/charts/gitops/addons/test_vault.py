"""charts/gitops/addons/vault.py: HA raft, auto-unseal, TLS, and a spread that keeps the quorum."""

from __future__ import annotations

import re

import pytest

from charts.gitops.addons import vault
from charts.gitops.vault_tls import VAULT_TLS_SECRET
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.naming import names_for
from contexter_deploy.validation.helm_values import DEFAULT_HELM_CHARTS


def test_vault_runs_ha_raft_with_kms_auto_unseal_and_its_own_tls(
    environments: dict[str, Environment],
) -> None:
    environment = environments["prod"]
    server = vault.ADDON.values(environment)["server"]
    assert server["ha"]["replicas"] == environment.vault.replicas
    config = server["ha"]["raft"]["config"]
    assert config.count("retry_join {") == environment.vault.replicas
    assert f'kms_key_id = "{names_for(environment).vault_kms_alias}"' in config
    assert f'region     = "{environment.aws.region}"' in config
    assert f"{vault.VAULT_USERCONFIG}/{VAULT_TLS_SECRET}/tls.crt" in config
    assert server["extraVolumes"] == [{"type": "secret", "name": VAULT_TLS_SECRET}]
    assert server["auditStorage"]["enabled"] is True
    assert vault.ADDON.values(environment)["global"]["tlsDisable"] is False


def test_vault_in_dev_has_no_disruption_budget_that_would_block_every_drain(
    environments: dict[str, Environment],
) -> None:
    assert environments["dev"].vault.replicas == 1
    assert vault.ADDON.values(environments["dev"])["server"]["ha"]["disruptionBudget"] == {"enabled": False}


def test_vault_peers_spread_strictly_so_a_lost_zone_keeps_the_raft_majority(
    environments: dict[str, Environment],
) -> None:
    # DoNotSchedule with maxSkew 1 over the configured zones: 5 peers over 3 zones are 2/2/1, so losing
    # a zone leaves 3, the majority; minDomains counts every zone even before it has a node
    for environment in environments.values():
        [spread] = vault.ADDON.values(environment)["server"]["topologySpreadConstraints"]
        assert spread["whenUnsatisfiable"] == "DoNotSchedule"
        assert (spread["maxSkew"], spread["minDomains"]) == (1, environment.aws.az_count)
        assert spread["topologyKey"] == "topology.kubernetes.io/zone"
    # dev: one server in two zones stays schedulable (skew 1 - 0 = 1)
    assert (environments["dev"].vault.replicas, environments["dev"].aws.az_count) == (1, 2)


@pytest.mark.shared  # reads the pinned charts or CRDs in ../shared
def test_vault_config_sets_no_key_the_pinned_chart_appends(environments: dict[str, Environment]) -> None:
    # vault.config (templates/_helpers.tpl) appends settings to an HCL config; Vault refuses a repeated key
    helpers = DEFAULT_HELM_CHARTS / vault.ADDON.source / "templates" / "_helpers.tpl"
    appended = re.findall(r'printf "%s\\n%s" \$config "([^"]+)"', helpers.read_text(encoding="utf-8"))
    assert appended == ["disable_mlock = true"], "the chart's appended settings changed: review this check"
    for environment in environments.values():
        config = vault.ADDON.values(environment)["server"]["ha"]["raft"]["config"]
        keys = re.findall(r"^(\w+)\s*=", "\n".join([config, *appended]), flags=re.MULTILINE)
        assert sorted(keys) == sorted(set(keys)), f"{environment.name}: top-level keys set twice: {keys}"
