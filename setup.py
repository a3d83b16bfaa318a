"""Maps the top-level folders to ``nsvr.*`` so they never import as bare ``tools`` or ``agent``."""

from setuptools import find_packages, setup

FOLDERS = {"agent": "nsvr.agent", "tools": "nsvr.tools", "scene_graph": "nsvr.scene_graph", "tasks": "nsvr.tasks"}

packages: list[str] = []
package_dir: dict[str, str] = {}
for folder, name in FOLDERS.items():
    packages.append(name)
    package_dir[name] = folder
    for sub in find_packages(folder):
        packages.append(f"{name}.{sub}")
        package_dir[f"{name}.{sub}"] = f"{folder}/{sub.replace('.', '/')}"

setup(packages=packages, package_dir=package_dir)
