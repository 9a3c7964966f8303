"""The demo data set: a year of three stores' Amazon reports, written as real-format files."""

from vocloop.demo.catalog import DemoStore
from vocloop.demo.generate import write_demo_reports
from vocloop.demo.plan import DemoFile, DemoPlan, PlantedPattern

__all__ = ["DemoFile", "DemoPlan", "DemoStore", "PlantedPattern", "write_demo_reports"]
