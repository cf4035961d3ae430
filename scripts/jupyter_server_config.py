"""JupyterLab settings for `make lab`: notebooks are saved without outputs so git stays clean."""

# ruff: noqa: F821  (`c` is provided by Jupyter when it loads this file)


def _strip_outputs(model, **kwargs):
    if model.get("type") != "notebook" or model.get("content") is None:
        return
    for cell in model["content"].get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None


c.FileContentsManager.pre_save_hook = _strip_outputs
c.ServerApp.open_browser = False
# Containers and CI boxes often run as root; JupyterLab refuses that unless told it is intended.
c.ServerApp.allow_root = True
