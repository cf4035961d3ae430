from nevreport.cli import main

raise SystemExit(main())
