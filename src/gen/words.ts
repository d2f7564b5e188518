// The vocabulary of the synthetic curriculum. A bounded vocabulary on purpose: a real site of
// 100k topics repeats its words ("stream processing", "security") in thousands of topics, and the
// ingest's text evidence must cope with that, so the generator must not make every word rare.

export const FIELDS = [
  'Machine Learning', 'Cloud', 'Data', 'Security', 'Network', 'Frontend', 'Backend', 'Mobile', 'Embedded Systems',
  'Robotics', 'Bioinformatics', 'Quantum Computing', 'Game', 'Site Reliability', 'Database', 'Compiler',
  'Computer Vision', 'Language Technology', 'Blockchain', 'Platform', 'Infrastructure', 'Analytics', 'Geospatial',
  'Audio', 'Graphics', 'Distributed Systems', 'Search', 'Recommender Systems', 'Financial Software',
  'Healthcare Data', 'Automotive Software', 'Aerospace Software', 'IoT', 'Edge Computing', 'Observability',
  'Release', 'Test Automation', 'Accessibility', 'Privacy', 'Identity', 'Payments', 'Streaming Data',
  'High Performance Computing', 'Operating Systems', 'Firmware', 'Simulation', 'Scientific Computing',
  'Computational Biology', 'Reinforcement Learning', 'MLOps', 'DevOps', 'Linux', 'Web', 'API', 'Product Analytics',
  'Experimentation', 'Data Visualization', 'Information Retrieval', 'Speech', 'Mixed Reality',
] as const;

export const ROLES = ['Engineering', 'Development', 'Operations', 'Science', 'Architecture', 'Research', 'Analytics', 'Administration'] as const;

export const PATH_QUALIFIERS = ['Applied', 'Modern', 'Practical', 'Professional', 'Production', 'Enterprise', 'Open Source', 'Scalable', 'Responsible', 'Industrial'] as const;

export const SUBJECTS = [
  'Linear Algebra', 'Calculus', 'Probability Theory', 'Statistical Inference', 'Graph Theory', 'Discrete Mathematics',
  'Numerical Methods', 'Information Theory', 'Optimization Methods', 'Gradient Descent', 'Bayesian Modeling',
  'Time Series', 'Signal Processing', 'Feature Engineering', 'Model Selection', 'Neural Networks', 'Decision Trees',
  'Ensemble Methods', 'Support Vector Machines', 'Clustering Algorithms', 'Dimensionality Reduction',
  'Transformer Models', 'Embedding Models', 'Prompt Engineering', 'Retrieval Augmentation', 'Image Classification',
  'Object Detection', 'Speech Recognition', 'Text Classification', 'Recommendation Engines', 'Anomaly Detection',
  'Causal Inference', 'Experiment Design', 'Hypothesis Testing', 'Data Cleaning', 'Data Modeling', 'Data Warehousing',
  'Stream Processing', 'Batch Processing', 'Workflow Orchestration', 'Message Queues', 'Event Sourcing',
  'Schema Evolution', 'Query Optimization', 'Index Structures', 'Transaction Isolation', 'Replication Protocols',
  'Consensus Algorithms', 'Sharding Strategies', 'Caching Layers', 'Load Balancing', 'Service Discovery',
  'Container Orchestration', 'Container Images', 'Infrastructure as Code', 'Configuration Management',
  'Continuous Integration', 'Continuous Delivery', 'Release Engineering', 'Feature Flags', 'Version Control',
  'Code Review', 'Unit Testing', 'Integration Testing', 'Property Testing', 'Load Testing', 'Chaos Engineering',
  'Incident Response', 'Postmortem Analysis', 'Capacity Planning', 'Cost Optimization', 'Metrics Collection',
  'Distributed Tracing', 'Log Aggregation', 'Alerting Rules', 'Service Level Objectives', 'Access Control',
  'Identity Federation', 'Secrets Management', 'Threat Modeling', 'Penetration Testing', 'Vulnerability Scanning',
  'Network Segmentation', 'Firewall Configuration', 'Public Key Infrastructure', 'Cryptographic Protocols',
  'Secure Coding', 'Supply Chain Security', 'Compliance Auditing', 'Data Governance', 'Data Lineage',
  'Privacy Engineering', 'Differential Privacy', 'Packet Routing', 'Domain Name Resolution', 'Transport Protocols',
  'Wireless Networking', 'Software Defined Networking', 'Shell Scripting', 'Process Scheduling', 'Memory Management',
  'File Systems', 'Kernel Modules', 'Device Drivers', 'System Calls', 'Virtual Machines', 'Storage Systems',
  'Object Storage', 'Backup Strategies', 'Disaster Recovery', 'High Availability', 'Fault Tolerance',
  'Concurrency Control', 'Parallel Programming', 'GPU Programming', 'Vector Instructions', 'Compiler Frontends',
  'Type Systems', 'Garbage Collection', 'Static Analysis', 'Program Verification', 'Functional Programming',
  'Object Oriented Design', 'Design Patterns', 'Domain Modeling', 'API Design', 'REST Services', 'GraphQL Schemas',
  'Remote Procedure Calls', 'Microservice Decomposition', 'Event Driven Architecture', 'State Machines',
  'Dependency Injection', 'Build Systems', 'Package Management', 'Monorepo Tooling', 'Browser Rendering',
  'Component Libraries', 'State Management', 'Web Performance', 'Responsive Layouts', 'Web Accessibility',
  'Mobile Navigation', 'Offline Synchronization', 'Push Notifications', 'Touch Interaction', 'Game Loops',
  'Physics Engines', 'Shader Programming', 'Scene Graphs', 'Audio Synthesis', 'Motion Planning', 'Sensor Fusion',
  'Control Theory', 'Kinematics', 'Computer Geometry', 'Spatial Indexing', 'Map Projections', 'Sequence Alignment',
  'Genome Assembly', 'Protein Structure', 'Molecular Simulation', 'Quantum Circuits', 'Error Correction',
  'Smart Contracts', 'Ledger Design', 'Payment Processing', 'Fraud Detection', 'Risk Modeling', 'Portfolio Analytics',
  'Search Ranking', 'Inverted Indexes', 'Relevance Tuning', 'Data Visualization', 'Dashboard Design',
  'Technical Writing', 'Requirements Analysis', 'Stakeholder Communication', 'Agile Planning', 'Estimation Techniques',
  'Team Leadership', 'Mentoring Practices', 'Open Source Contribution', 'Research Methods', 'Paper Reading',
  'Reproducible Research', 'Notebook Workflows', 'Model Serving', 'Model Monitoring', 'Model Compression',
  'Hyperparameter Tuning', 'Distributed Training', 'Experiment Tracking', 'Feature Stores', 'Data Labeling',
  'Active Learning', 'Transfer Learning', 'Federated Learning', 'Reinforcement Learning', 'Policy Gradients',
  'Multi Armed Bandits', 'Recommender Evaluation', 'Firmware Updates', 'Real Time Operating Systems',
  'Bus Protocols', 'Power Management', 'Edge Inference', 'Digital Twins', 'Simulation Modeling',
] as const;

export const FACETS = [
  'Fundamentals', 'Design Patterns', 'in Practice', 'Performance Tuning', 'Troubleshooting', 'Architecture', 'Internals',
  'Best Practices', 'Security', 'Testing', 'Monitoring', 'Optimization', 'at Scale', 'Deployment', 'Automation',
  'Theory', 'Algorithms', 'Tooling', 'Debugging', 'Migration Strategies', 'Capacity Planning', 'Cost Management',
  'Governance', 'Observability', 'Integration', 'Workflows', 'Evaluation', 'Benchmarking', 'Reliability',
  'Configuration', 'Concurrency', 'Error Handling', 'Case Studies', 'Standards', 'Interoperability', 'Compliance',
  'Profiling', 'Hardening', 'Validation', 'Maintenance', 'Analysis', 'Implementation', 'Essentials', 'Patterns',
] as const;

export const QUALIFIERS = [
  'Applied', 'Distributed', 'Probabilistic', 'Secure', 'Scalable', 'Real-Time', 'Incremental', 'Declarative',
  'Event-Driven', 'Cloud-Native', 'Embedded', 'Parallel', 'Adaptive', 'Federated', 'Interactive', 'Automated',
  'Statistical', 'Functional', 'Reactive', 'Serverless', 'Streaming', 'Multi-Tenant', 'Fault-Tolerant',
  'Low-Latency', 'Highly Available', 'Privacy-Preserving', 'Explainable', 'Robust', 'Lightweight', 'Hybrid',
  'Large-Scale', 'Cross-Platform', 'Container-Based', 'Model-Driven', 'Data-Driven', 'Asynchronous', 'Edge',
  'Multi-Region', 'Zero-Trust', 'Energy-Efficient',
] as const;

export const SECTION_TAILS = [
  'Essentials', 'Foundation', 'in Production', 'Tools and Platforms', 'Methods', 'Practices', 'Core Concepts',
  'Techniques', 'and Applications', 'Infrastructure', 'Workflows', 'Engineering', 'Operations', 'Principles',
] as const;

export const NOUNS = [
  'data pipelines', 'error handling', 'caching strategies', 'schema design', 'access control', 'load balancing',
  'unit tests', 'code review', 'dependency management', 'memory usage', 'query plans', 'feature flags',
  'rollback plans', 'service contracts', 'message queues', 'retry policies', 'rate limiting', 'index structures',
  'batch jobs', 'state machines', 'logging conventions', 'alerting rules', 'capacity models', 'cost reports',
  'incident reviews', 'threat models', 'encryption keys', 'secrets rotation', 'container images', 'build caches',
  'release notes', 'API versioning', 'data validation', 'sampling methods', 'confidence intervals', 'loss functions',
  'gradient updates', 'hyperparameters', 'evaluation metrics', 'baseline models', 'benchmark suites', 'trace spans',
  'latency budgets', 'throughput limits', 'consistency models', 'partitioning schemes', 'replication lag',
  'backpressure', 'idempotent operations', 'migration scripts', 'configuration files', 'environment variables',
  'package managers', 'virtual environments', 'dashboards', 'SQL queries', 'REST endpoints', 'event schemas',
  'workflow DAGs', 'cron schedules', 'network policies', 'TLS certificates', 'DNS records', 'storage tiers',
  'data lakes', 'model registries', 'experiment logs', 'A/B tests', 'design reviews', 'technical documentation',
  'runbooks', 'on-call rotations', 'error budgets', 'matrix operations', 'probability distributions',
  'vector spaces', 'decision boundaries', 'training loops', 'inference latency', 'edge cases', 'failure modes',
  'resource limits', 'deployment manifests', 'access logs', 'audit trails', 'user sessions', 'test fixtures',
  'code coverage', 'performance budgets', 'memory leaks', 'race conditions', 'deadlocks', 'lock contention',
] as const;

export const GERUNDS = [
  'Designing', 'Implementing', 'Testing', 'Debugging', 'Measuring', 'Automating', 'Documenting', 'Securing', 'Scaling',
  'Monitoring', 'Reviewing', 'Profiling', 'Tuning', 'Deploying', 'Versioning', 'Validating', 'Modeling', 'Comparing',
  'Choosing', 'Refactoring',
] as const;

export const PURPOSES = [
  'production workloads', 'small teams', 'reproducible results', 'faster feedback', 'large datasets',
  'regulated environments', 'cost control', 'team collaboration', 'reliable releases', 'real users',
  'low-latency services', 'long-term maintenance',
] as const;

export const TOOLS = [
  'Python', 'Go', 'Rust', 'TypeScript', 'SQL', 'Bash', 'Docker', 'Kubernetes', 'Terraform', 'Git', 'PostgreSQL',
  'Kafka', 'Spark', 'Prometheus', 'Grafana', 'Jupyter', 'PyTorch', 'scikit-learn', 'Ansible', 'GitHub Actions',
  'Redis', 'Elasticsearch', 'NumPy', 'pandas', 'OpenTelemetry', 'Airflow', 'dbt', 'React', 'Node.js', 'Java', 'C++',
] as const;

export const CONTEXTS = [
  'cloud environments', 'on-premise clusters', 'CI pipelines', 'microservice architectures', 'mobile apps',
  'data platforms', 'research projects', 'open-source projects', 'startups', 'enterprise systems',
] as const;

/** Sentence openers that tie a concept to an earlier topic, as authors write them. */
export const CUES = ['Building on', 'Applying', 'Extends', 'Relies on', 'Assumes', 'Revisits'] as const;

export interface Provider {
  name: string;
  /** Host and leading path; the generator appends a slug. */
  base: string;
}

export const PROVIDERS: readonly Provider[] = [
  { name: 'Khan Academy', base: 'khanacademy.org' },
  { name: 'MIT OpenCourseWare', base: 'ocw.mit.edu/courses' },
  { name: 'Coursera', base: 'coursera.org/learn' },
  { name: 'edX', base: 'edx.org/course' },
  { name: 'freeCodeCamp', base: 'freecodecamp.org/news' },
  { name: 'Real Python', base: 'realpython.com' },
  { name: 'MDN', base: 'developer.mozilla.org' },
  { name: 'Google Developers', base: 'developers.google.com' },
  { name: 'Microsoft Learn', base: 'learn.microsoft.com' },
  { name: 'AWS', base: 'docs.aws.amazon.com' },
  { name: "O'Reilly", base: 'oreilly.com/library' },
  { name: 'Manning', base: 'manning.com/books' },
  { name: 'GitHub', base: 'github.com/learn' },
  { name: 'YouTube', base: 'youtube.com/c/talks' },
  { name: 'arXiv', base: 'arxiv.org/abs' },
  { name: 'Stanford Online', base: 'online.stanford.edu' },
  { name: 'DigitalOcean', base: 'digitalocean.com' },
  { name: 'Linux Foundation', base: 'training.linuxfoundation.org' },
  { name: 'Kaggle Learn', base: 'kaggle.com/learn' },
  { name: 'Martin Fowler', base: 'martinfowler.com' },
  { name: 'CNCF', base: 'cncf.io' },
  { name: 'CMU', base: 'cs.cmu.edu' },
  { name: 'Berkeley', base: 'inst.eecs.berkeley.edu' },
  { name: 'Red Hat Developer', base: 'developers.redhat.com' },
];

export const RESOURCE_KINDS = ['Tutorial', 'Guide', 'Course', 'Handbook', 'Documentation', 'Lecture Notes', 'Workshop', 'Cheat Sheet', 'Book', 'Video Series', 'Lab', 'Reference'] as const;

export const RESOURCE_ADJECTIVES = ['Free', 'Comprehensive', 'Hands-on', 'Official', 'Practical', 'Concise', 'Interactive', 'Visual', 'Open'] as const;

export const BACKGROUNDS = [
  'Software Engineering', 'Mathematics/Statistics', 'Data Analysis', 'Systems Administration', 'Web Development',
  'Physics', 'Product Management', 'Network Engineering', 'Academic Research', 'Quality Assurance',
] as const;
