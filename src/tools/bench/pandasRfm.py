"""The pandas RFM recipe people write, for the bench to compare with `tria score`.

read_csv (French: ";" separator, decimal comma, dd/mm/yyyy dates, cp1252), groupby customer
(last date, count, sum), qcut into quintiles, the R+F+M code. Prints one JSON line with its
own peak memory, CPU time and the number of customers scored.
Usage: python3 pandasRfm.py ORDERS.csv
"""
import json
import resource
import sys

import pandas as pd

path = sys.argv[1]
orders = pd.read_csv(path, sep=";", decimal=",", thousands=" ", encoding="cp1252",
                     usecols=["N° client", "Date commande", "Montant TTC"])
orders["Date commande"] = pd.to_datetime(orders["Date commande"], format="%d/%m/%Y", errors="coerce")
orders = orders.dropna(subset=["N° client", "Date commande"])
reference = orders["Date commande"].max() + pd.Timedelta(days=1)
rfm = orders.groupby("N° client").agg(last=("Date commande", "max"), frequency=("Date commande", "size"), monetary=("Montant TTC", "sum"))
rfm["recency"] = (reference - rfm["last"]).dt.days
rfm["r"] = pd.qcut(rfm["recency"].rank(method="first"), 5, labels=[5, 4, 3, 2, 1]).astype(int)
rfm["f"] = pd.qcut(rfm["frequency"].rank(method="first"), 5, labels=[1, 2, 3, 4, 5]).astype(int)
rfm["m"] = pd.qcut(rfm["monetary"].rank(method="first"), 5, labels=[1, 2, 3, 4, 5]).astype(int)
rfm["code"] = rfm["r"].astype(str) + rfm["f"].astype(str) + rfm["m"].astype(str)
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"customers": int(len(rfm)), "maxRssKb": usage.ru_maxrss, "userMs": usage.ru_utime * 1000, "systemMs": usage.ru_stime * 1000}))
