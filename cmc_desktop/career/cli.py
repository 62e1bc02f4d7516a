"""Career commands: report insertion, export placements, career survey."""

from __future__ import annotations

import argparse

from cmc_desktop.cli import Cli, add_leaf


def _svc(cli: Cli):  # noqa: ANN202
    from cmc_desktop.career.service import CareerService

    return cli.ctx().service(CareerService)


def _insertion(args: argparse.Namespace, cli: Cli) -> int:
    svc = _svc(cli)
    path = svc.insertion_report_file(args.out)
    for wave in (9, 36):
        t = svc.insertion_report(wave).total()
        ins = "—" if t.insertion_rate is None else f"{100 * t.insertion_rate:.1f} %"
        kno = "—" if t.knowledge_rate is None else f"{100 * t.knowledge_rate:.1f} %"
        print(f"{wave:>2} months: {t.graduates} graduates due, insertion {ins}, knowledge {kno}")
    print(f"Insertion report written to {path}")
    return 0


def _placements(args: argparse.Namespace, cli: Cli) -> int:
    print(f"Placements written to {_svc(cli).export_placements(args.out)}")
    return 0


def _survey(args: argparse.Namespace, cli: Cli) -> int:
    from cmc_desktop.excel.reader import parse_date

    r = _svc(cli).record_survey(args.matricule, args.wave, args.outcome,
                                parse_date(args.date) if args.date else None, args.employer or "")
    print(f"{r.name}: {r.wave}-month outcome {r.outcome} recorded on {r.surveyed_on:%d/%m/%Y}")
    return 0


def register(cli: Cli) -> None:
    p = cli.sub("report", "insertion", "graduate insertion and knowledge rates per programme, sector and level",
                _insertion)
    p.add_argument("--out", required=True, help=".xlsx or .pdf file to write")
    p = cli.sub("export", "placements", "internship and job placements (and all applications) to Excel", _placements)
    p.add_argument("out", help=".xlsx file to write")
    grp = cli.group("career", "career centre")
    p = add_leaf(grp, "survey", "record a graduate's follow-up answer", _survey)
    p.add_argument("matricule")
    p.add_argument("wave", type=int, choices=(9, 36))
    p.add_argument("outcome", choices=("employed", "self_employed", "further_study", "seeking", "unknown"))
    p.add_argument("--date", help="survey date dd/mm/yyyy (default today)")
    p.add_argument("--employer", help="employer's name")
