"""Model settings: CAREBRIDGE_MODEL or a TOML file, environment over file, clear errors for bad values."""

from __future__ import annotations

from pathlib import Path

import pytest

from carebridge.graphs.model_config import ModelConfigError, load_model_config
from carebridge.graphs.models import ModelUnavailable, load_chat_model


def test_nothing_configured_means_no_model(tmp_path: Path) -> None:
    cfg = load_model_config(tmp_path, environ={})
    assert not cfg.configured and cfg.source == "default"


def test_the_variable_names_a_file_or_a_server(tmp_path: Path) -> None:
    cfg = load_model_config(tmp_path, environ={"CAREBRIDGE_MODEL": "~/models/q.gguf"})
    assert cfg.path == str(Path("~/models/q.gguf").expanduser()) and cfg.url is None and cfg.source == "CAREBRIDGE_MODEL"
    cfg = load_model_config(tmp_path, environ={"CAREBRIDGE_MODEL": "http://10.0.0.5:8080/v1/"})
    assert cfg.url == "http://10.0.0.5:8080/v1" and cfg.path is None


def test_the_config_file_is_read_and_the_environment_wins(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('[model]\npath = "/m/a.gguf"\nn_ctx = 2048\nn_threads = 4\ntimeout_s = 20\n')
    cfg = load_model_config(tmp_path, environ={})
    assert (cfg.path, cfg.n_ctx, cfg.n_threads, cfg.timeout_s) == ("/m/a.gguf", 2048, 4, 20.0)
    assert cfg.source == str(tmp_path / "config.toml")
    cfg = load_model_config(tmp_path, environ={"CAREBRIDGE_MODEL": "/m/b.gguf", "CAREBRIDGE_MODEL_N_CTX": "8192"})
    assert (cfg.path, cfg.n_ctx, cfg.n_threads) == ("/m/b.gguf", 8192, 4)


def test_CAREBRIDGE_CONFIG_names_another_file(tmp_path: Path) -> None:
    other = tmp_path / "site.toml"
    other.write_text('[model]\nurl = "http://model-box:8000/v1"\nmodel_name = "qwen2.5-7b"\n')
    cfg = load_model_config(tmp_path / "data", environ={"CAREBRIDGE_CONFIG": str(other)})
    assert cfg.url == "http://model-box:8000/v1" and cfg.model_name == "qwen2.5-7b"


@pytest.mark.parametrize(("toml", "message"), [
    ('[model]\npath = "/m/a.gguf"\nthreads = 4\n', "unknown [model] setting(s) threads; the settings are"),
    ("[model]\nn_ctx = 'big'\n", "n_ctx must be a whole number"),
    ("[model]\nn_ctx = 100\n", "n_ctx = 100 is outside 256..1.04858e+06"),
    ('[model]\npath = "/a.gguf"\nurl = "http://x/v1"\n', "either path (a GGUF file) or url"),
    ("[model\npath = 1", "is not valid TOML"),
])
def test_a_bad_setting_is_a_clear_error(tmp_path: Path, toml: str, message: str) -> None:
    (tmp_path / "config.toml").write_text(toml)
    with pytest.raises(ModelConfigError) as err:
        load_model_config(tmp_path, environ={})
    assert message in str(err.value)


def test_a_bad_environment_value_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ModelConfigError) as err:
        load_model_config(tmp_path, environ={"CAREBRIDGE_MODEL_TIMEOUT_S": "soon"})
    assert "CAREBRIDGE_MODEL_TIMEOUT_S: timeout_s must be a number" in str(err.value)


def test_loading_with_a_bad_setting_says_to_run_doctor(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("[model]\nn_gpu_layers = 'all'\n")
    with pytest.raises(ModelUnavailable) as err:
        load_chat_model(data_dir=tmp_path)
    assert "n_gpu_layers must be a whole number" in str(err.value) and "carebridge doctor" in str(err.value)
