# Contexter deploy. Two commands do everything on a fresh machine:
#   make synth   synthesize dist/<env>/ and the Terraform JSON (offline, no cloud credentials)
#   make test    run the whole test suite
# Both bootstrap what they need (.venv from requirements.lock, node_modules from package-lock.json)
# and skip work whose inputs did not change. `make help` lists the other targets.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := synth
MAKEFLAGS += --no-builtin-rules

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := $(shell sed -n 's/^uv==\([0-9.]*\).*/\1/p' requirements.lock)
ENVIRONMENTS := dev staging prod
STAMPS := .make

export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION := 1
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export CHECKPOINT_DISABLE := 1

BOOTSTRAP := $(STAMPS)/bootstrap.stamp
NODE_BOOTSTRAP := node_modules/.bootstrap.stamp

python_sources = $(shell find $(1) -type f \( -name '*.py' -o -name '*.yaml' -o -name '*.json' -o -name '*.tgz' \) -not -path '*/__pycache__/*')
ENVIRONMENT_FILES := $(wildcard environments/*.yaml)
# environments/shared.yaml (the bootstrap account) is an input of the Terraform JSON only.
KUBERNETES_INPUTS := $(call python_sources,charts contexter_deploy imports) requirements.lock \
	$(foreach env,$(ENVIRONMENTS),environments/$(env).yaml)
KUBERNETES_OUTPUTS := $(shell find dist -path 'dist/.*' -prune -o \( -type f -o -type d \) -print 2>/dev/null)
# The production synth runs without the bindings' runtime type checks (`-O`: they cost about a third
# of a synth); the tests run with them. It writes the optimised bytecode of what it imports on first use.
KUBERNETES_SYNTH := PYTHONDONTWRITEBYTECODE= $(BIN)/python -O -m contexter_deploy synth --target kubernetes
# Files of one environment only: when nothing else changed, only those environments are synthesized.
own_files = environments/$(1).yaml dist/$(1) dist/$(1)/%
changed_environments = $(if $(filter-out $(foreach env,$(ENVIRONMENTS),$(call own_files,$(env))),$(1)),,$(foreach \
	env,$(ENVIRONMENTS),$(if $(filter $(call own_files,$(env)),$(1)),--env $(env))))
# The Terraform JSON depends on the environment files only through the fields the cdktf app reads:
# TERRAFORM_MODEL is their fingerprint, rewritten only when it changes (contexter_deploy/fingerprint.py).
TERRAFORM_INPUTS := $(call python_sources,infra contexter_deploy/ground) contexter_deploy/fingerprint.py \
	contexter_deploy/terraform_synth.py contexter_deploy/cdktf_entry.py contexter_deploy/facts/file_tree.py \
	requirements.lock
TERRAFORM_FIELDS := $(STAMPS)/terraform-fields.json
TERRAFORM_MODEL := $(STAMPS)/terraform-model.sha
FINGERPRINT := $(BIN)/python -m contexter_deploy.fingerprint --fields $(TERRAFORM_FIELDS) --output $(TERRAFORM_MODEL)
TERRAFORM_OUTPUTS := cdktf.out/manifest.json \
	$(foreach stack,bootstrap $(ENVIRONMENTS),cdktf.out/stacks/$(stack)/cdk.tf.json)

.PHONY: synth test test-fast system-packages lint imports dashboards benchmark readiness-docs clean help

synth: $(STAMPS)/kubernetes.stamp $(TERRAFORM_OUTPUTS) ## synthesize dist/<env>/ and cdktf.out/ when their inputs changed

test: system-packages $(BOOTSTRAP) $(NODE_BOOTSTRAP) ## run every test, integration tests included
	@echo "==> running the test suite on 2 workers (about 10 min; slow steps announce themselves)"
	$(BIN)/pytest -n 2 --dist loadgroup

test-fast: system-packages $(BOOTSTRAP) $(NODE_BOOTSTRAP) ## skip the slow integration tests (image builds, servers)
	$(BIN)/pytest -n 2 --dist loadgroup -m 'not integration'

system-packages: ## install the Debian packages of system-packages.txt that the tests need, if missing
	@scripts/system-packages.sh

lint: $(BOOTSTRAP) ## ruff, mypy and the import layers (lint-imports, docs/architecture.md)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

imports: $(BOOTSTRAP) $(NODE_BOOTSTRAP) ## regenerate imports/ from ../shared/crd-schemas with cdk8s import
	$(BIN)/python scripts/generate_imports.py

dashboards: $(BOOTSTRAP) ## draw the Grafana dashboards' layout into docs/dashboards/*.svg
	$(BIN)/contexter-deploy dashboards --render docs/dashboards/

benchmark: $(BOOTSTRAP) ## print wall time and peak memory of synth and of the test suite
	$(BIN)/python benchmarks/synth.py

readiness-docs: $(BOOTSTRAP) ## write docs/readiness/<env>.md and the cost chart from dist/ and cdktf.out/
	$(BIN)/contexter-deploy report --write-docs

clean: ## remove the bootstrap and build state (not dist/ or cdktf.out/, which are committed)
	rm -rf $(VENV) node_modules $(STAMPS) .cdk8s.out .pytest_cache .mypy_cache .ruff_cache

help:
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMPS)/kubernetes.stamp: $(KUBERNETES_INPUTS) $(KUBERNETES_OUTPUTS) | $(BOOTSTRAP)
	$(KUBERNETES_SYNTH) $(call changed_environments,$?)
	@mkdir -p $(STAMPS) && touch $@

$(TERRAFORM_OUTPUTS) &: $(TERRAFORM_INPUTS) $(TERRAFORM_MODEL) | $(BOOTSTRAP)
	$(FINGERPRINT) --record -- synth --target terraform
	@touch $(TERRAFORM_OUTPUTS)

$(TERRAFORM_MODEL): $(STAMPS)/terraform-model.checked ;
$(STAMPS)/terraform-model.checked: $(ENVIRONMENT_FILES) $(call python_sources,contexter_deploy/ground) | $(BOOTSTRAP)
	$(FINGERPRINT)
	@touch $@

# The venv holds exactly requirements.lock (hashes checked) plus this project and the backup tool, editable.
# Bytecode is compiled once here: without it, importing the AWS provider bindings takes minutes.
# imports/ gets optimised bytecode too (-o 1), for the `-O` synth.
$(BOOTSTRAP): pyproject.toml requirements.lock backup/pyproject.toml
	@echo "==> bootstrap: .venv from requirements.lock, byte-compiled (about 1 min the first time, 3 min without a package cache)"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip sync --quiet --python $(BIN)/python --require-hashes --compile-bytecode requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps --editable .
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps --editable backup
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m compileall -q -j 0 -o 0 -o 1 imports
	@mkdir -p $(STAMPS) && touch $@

$(NODE_BOOTSTRAP): package.json package-lock.json
	@echo "==> bootstrap: node_modules from package-lock.json (the cdk8s and cdktf command-line tools)"
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@
