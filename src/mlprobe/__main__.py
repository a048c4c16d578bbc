from mlprobe.cli import main

main()
