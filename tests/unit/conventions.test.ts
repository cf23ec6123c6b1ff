import { describe, expect, it } from "vitest";
import { classify } from "@/lib/ingest/classify/classify";
import { CONVENTIONS } from "@/lib/ingest/classify/conventions";
import type { FacetName } from "@/lib/taxonomy";

interface Case {
  title: string;
  abstract: string;
  facet: FacetName;
  /** The facet's exact values, or values it must contain (`contains`), or must lack (`lacks`). */
  equals?: string[];
  contains?: string[];
  lacks?: string[];
}

// One case per labelling convention (conventions/*.ts), named as the convention is.
const CASES: Record<string, Case> = {
  "video-over-vision": {
    title: "Tracking Anything in Long Videos",
    abstract: "We propose a tracker that segments objects across video frames, using pixels of each frame and a memory of past frames. It runs on long videos.",
    facet: "domain",
    equals: ["video"],
  },
  "reinforcement-learning-of-language-models": {
    // "control" and "environments" are RL post-training's own words, not a robot's.
    title: "Controlling How Long Reasoning Models Think with Reinforcement Learning",
    abstract:
      "We train large language models to reason with reinforcement learning from rule-based rewards in multi-turn environments, which lets users control the length of the reasoning.",
    facet: "domain",
    equals: ["language"],
  },
  "generators-are-scored-on-their-datasets": {
    title: "Scalable Diffusion Models with Transformers",
    abstract:
      "We explore a new class of diffusion models based on the transformer architecture for image generation. Our largest models achieve a state-of-the-art FID of 2.27 on class-conditional ImageNet 256x256 generation.",
    facet: "task",
    equals: ["generation"],
  },
  "generators-of-media-are-not-language-models": {
    title: "VideoPoet: A Large Language Model for Zero-Shot Video Generation",
    abstract:
      "We present VideoPoet, a language model capable of synthesizing high-quality video, with matching audio, from a large variety of conditioning signals. The training protocol follows that of Large Language Models (LLMs): pretraining and task-specific adaptation. The pretrained LLM serves as a foundation that can be adapted for a range of video generation tasks.",
    facet: "task",
    equals: ["generation"],
  },
  "speech-recognition-is-not-classification": {
    title: "Skip-and-Recover: Efficient Speech Recognition",
    abstract:
      "Conformer models are the backbone of automatic speech recognition. We propose a skip-and-recover strategy that shortens the input sequence. Our model achieves better recognition accuracy and faster inference than recent baseline models.",
    facet: "task",
    equals: ["speech-recognition"],
  },
  "spread-is-general": {
    title: "Gated Mixers for Long Sequences",
    abstract: "We propose a gated sequence mixer. Our model matches Transformers on language modeling, speech recognition benchmarks and image classification.",
    facet: "domain",
    equals: ["general"],
  },
  "physiological-signals-are-biomedical-time-series": {
    title: "ECGFormer: Arrhythmia Detection with Transformers",
    abstract: "We present ECGFormer, a transformer that classifies electrocardiogram recordings into rhythm classes.",
    facet: "domain",
    contains: ["biomedical", "time-series"],
  },
  "speech-text-tasks-are-audio": {
    title: "Direct Speech Translation with Streaming Encoders",
    abstract:
      "We propose a streaming encoder for end-to-end speech translation, which translates spoken English into German text without a transcription step.",
    facet: "domain",
    equals: ["audio"],
  },
  "physical-space-is-science": {
    title: "Pangu-Weather: A 3D High-Resolution Model for Fast and Accurate Global Weather Forecast",
    abstract:
      "We present a 3D Earth-specific transformer for medium-range global weather forecasting, trained on 39 years of reanalysis data of the atmosphere.",
    facet: "domain",
    lacks: ["3d"],
  },
  "point-clouds-are-not-images": {
    title: "Sparse Voxel Transformers for 3D Object Detection in LiDAR Point Clouds",
    abstract:
      "We detect objects in outdoor LiDAR scans. Our transformer attends within sparse voxels of the point cloud and achieves state-of-the-art object detection accuracy on Waymo and nuScenes.",
    facet: "domain",
    equals: ["3d"],
  },
  "volumetric-medical-images-are-vision": {
    title: "Transformers for 3D Medical Image Segmentation",
    abstract: "We propose a transformer that segments organs in 3D CT volumes of patients, and evaluate it on multi-organ segmentation.",
    facet: "domain",
    equals: ["biomedical", "vision"],
  },
  "language-models-of-code-and-molecules": {
    title: "Ankh: An Optimized Protein Language Model",
    abstract: "We train a protein language model on UniRef50 and predict the structure and function of proteins better than larger models.",
    facet: "domain",
    equals: ["biomedical"],
  },
  "multimodal-cues-name-their-parts": {
    title: "Janus: Unified Multimodal Understanding and Generation",
    abstract: "We introduce Janus, an autoregressive model for multimodal understanding and text-to-image generation, trained on interleaved data.",
    facet: "domain",
    equals: ["vision", "language", "multimodal"],
  },
  "multimodal-keeps-parts": {
    title: "VidLang: Joint Video-Text Pre-training",
    abstract:
      "We present a video-language model that learns joint representations of video clips and their text captions, and evaluate it on text-to-video retrieval.",
    facet: "domain",
    contains: ["multimodal", "video", "language"],
  },
  "theory-is-general": {
    title: "Saturated Transformers are Constant-Depth Threshold Circuits",
    abstract:
      "Transformers have become a standard architecture for many NLP problems. In this work, we analyze the circuit complexity of transformers with saturated attention. We then prove that saturated transformers can be simulated by constant-depth threshold circuits.",
    facet: "domain",
    equals: ["general"],
  },
  // arXiv 2304.11062: the learned layer adds "general" beside the language the paper names.
  "general-stands-alone": {
    title: "Scaling Transformer to 1M tokens and beyond with RMT",
    abstract:
      "A major limitation for the broader scope of problems solvable by transformers is the quadratic scaling of computational complexity with input size. In this study, we investigate the recurrent memory augmentation of pre-trained transformer models to extend input context length while linearly scaling compute. Our approach demonstrates the capability to store information in memory for sequences of up to an unprecedented two million tokens while maintaining high retrieval accuracy. Experiments with language modeling tasks show perplexity improvement as the number of processed input segments increases. These results underscore the effectiveness of our method, which has significant potential to enhance long-term dependency handling in natural language understanding and generation tasks, as well as enable large-scale context processing for memory-intensive applications.",
    facet: "domain",
    equals: ["language"],
  },
  "opening-sentence-frames-domain": {
    title: "Faster Decoding with Shared Heads",
    // The opening is read as experiments (it names datasets); it still frames the paper.
    abstract:
      "Large language models are pre-trained on internet-scale datasets and then fine-tuned. We share key and value heads across layers and cache them, which halves decoding latency.",
    facet: "domain",
    equals: ["language"],
  },
  "benchmarks-frame-an-unframed-paper": {
    title: "Continual Test-Time Adaptation",
    abstract:
      "We adapt a pretrained model at test time to a stream of changing target distributions. Experiments on CIFAR10-C and ImageNet-C show lower error than prior adaptation methods.",
    facet: "domain",
    equals: ["vision"],
  },
  "general-without-modality": {
    title: "On the Expressivity of Attention Layers",
    abstract: "We prove bounds on what one attention layer can compute and show that depth is needed for counting.",
    facet: "domain",
    equals: ["general"],
  },
  "language-modelling-needs-text": {
    title: "LongCast: Long-Range Forecasting of Sensor Streams",
    abstract: "We present LongCast, a transformer for long-range multivariate time series forecasting with long context windows.",
    facet: "task",
    lacks: ["language-modeling"],
  },
  "text-generation-is-language-modelling": {
    title: "Subformer: Weight Sharing in Generative Transformers",
    abstract: "We study weight sharing for generative models of text and train them on machine translation and abstractive summarization.",
    facet: "task",
    lacks: ["generation"],
    contains: ["language-modeling"],
  },
  "generic-text-models-are-language-models": {
    title: "Sparse Routers for Large Language Models",
    abstract: "We introduce a router for large language models that picks experts per token, and train models up to 7B parameters on web text.",
    facet: "task",
    contains: ["language-modeling"],
  },
  "language-models-as-tools": {
    title: "TabLLM: Few-shot Classification of Tabular Data with Large Language Models",
    abstract:
      "We serialize rows of tabular data into text and prompt a large language model to classify them. On nine tabular datasets it beats gradient-boosted trees in the few-shot setting.",
    facet: "task",
    equals: ["classification"],
  },
  "translation-needs-language": {
    title: "PoinTr: Point Cloud Completion with Geometry-Aware Transformers",
    abstract:
      "We reformulate point cloud completion as a set-to-set translation problem and design a transformer encoder-decoder that predicts the missing points of a partial 3D scan.",
    facet: "task",
    lacks: ["translation"],
  },
  "encoder-language-models-classify": {
    title: "Pruning Encoders While Fine-Tuning",
    abstract: "We prune pre-trained language models during fine-tuning and keep 95% of BERT's accuracy on GLUE and SQuAD with a tenth of its weights.",
    facet: "task",
    equals: ["classification"],
  },
  "generative-foundation-models-generate": {
    title: "Code Llama: Open Foundation Models for Code",
    abstract: "We release Code Llama, a family of large language models for code that generate programs from natural language prompts and fill in code.",
    facet: "task",
    lacks: ["representation-learning"],
  },
  "backbones-across-tasks": {
    title: "HiViT: A Hierarchical Vision Backbone",
    abstract:
      "We present HiViT, a hierarchical vision backbone for image classification, object detection and semantic segmentation. It achieves 84% top-1 on ImageNet, 52 box AP on COCO and 50 mIoU on ADE20K.",
    facet: "task",
    contains: ["representation-learning", "classification", "detection", "segmentation"],
  },
  "control-is-decision-making": {
    title: "Policy Transformers for Robot Manipulation",
    abstract: "We train a transformer policy for robot manipulation from demonstrations and deploy it on a real robot arm.",
    facet: "task",
    contains: ["reasoning"],
  },
  "at-least-one-task": {
    title: "A Vision Model",
    abstract: "We propose a model for natural images and test it on a few settings, where it does as well as the others.",
    facet: "task",
    equals: ["classification"],
  },
  "state-spaces-are-not-linear-attention": {
    title: "Audio Mamba: Bidirectional State Space Model for Audio Representation Learning",
    abstract: "We propose Audio Mamba, the first self-attention-free, purely state space model for audio classification.",
    facet: "technique",
    equals: ["recurrence-memory"],
  },
  "experts-route-tokens": {
    title: "SpeechMoE: Large Acoustic Models with Dynamic Routing Mixture of Experts",
    abstract: "We propose SpeechMoE, a mixture of experts acoustic model whose router sends each frame to one expert, and lower the character error rate.",
    facet: "technique",
    equals: ["moe"],
  },
  "token-pruning-is-not-weight-pruning": {
    title: "Learned Token Pruning for Vision Transformers",
    abstract:
      "We propose a learned threshold that prunes unimportant tokens as the input passes through the layers. Tokens whose attention score falls below it are pruned, which halves the cost of inference.",
    facet: "technique",
    equals: ["token-reduction"],
  },
  "lora-is-fine-tuning": {
    title: "Layer-wise LoRA for Recursive Transformers",
    abstract: "We fine-tune recursive transformers with layer-wise LoRA modules, low-rank updates trained while the shared weights stay frozen.",
    facet: "technique",
    lacks: ["low-rank"],
    contains: ["peft"],
  },
  "surveys-cover-what-they-name": {
    title: "Efficient Transformers: A Survey",
    abstract:
      "Recently, many X-former models have been proposed, such as Reformer, Linformer and Performer. This paper characterizes a large selection of such models.",
    facet: "technique",
    contains: ["low-rank", "linear-attention"],
  },
  "comparison-keeps-families": {
    title: "CNNs versus Vision Transformers: a Comparison of Robustness",
    abstract: "We compare convolutional networks and vision transformers under distribution shift, training both families with the same recipe.",
    facet: "architecture",
    equals: ["transformer", "convolutional"],
  },
  "studies-compare-with-cnns": {
    title: "On the Texture Bias of Vision Transformers",
    abstract:
      "We study how vision transformers represent shape and texture. Through a series of probing experiments we find that they are significantly less biased towards textures compared to CNNs, and we analyze why.",
    facet: "architecture",
    equals: ["transformer", "convolutional"],
  },
  "explicit-hybrid": {
    title: "A Hybrid CNN-Transformer for Crop Mapping",
    abstract: "We design a hybrid CNN-Transformer network for satellite image time series and map crops across Europe.",
    facet: "architecture",
    equals: ["hybrid"],
  },
  "combined-design-is-hybrid": {
    title: "ConvAttNet: Mixing Convolutions and Attention for Speech Recognition",
    abstract: "We propose ConvAttNet, which combines depthwise convolution modules with multi-head self-attention in every block.",
    facet: "architecture",
    equals: ["hybrid"],
  },
  "known-model-names-its-family": {
    title: "Uconv-Conformer: High Reduction of Input Sequence Length for End-to-End Speech Recognition",
    abstract:
      "We propose Uconv-Conformer, which reduces the input sequence length 16 times with a U-Net-like upsampling stack, and evaluate it on LibriSpeech.",
    facet: "architecture",
    equals: ["hybrid"],
  },
  "pretrained-encoders-learn-representations": {
    title: "PhraseBERT: Improving Pre-training with Phrase Masking",
    abstract:
      "We pre-train a bidirectional encoder by masking whole phrases instead of single tokens. Fine-tuned on GLUE and SQuAD, it outperforms BERT and RoBERTa of the same size.",
    facet: "task",
    equals: ["classification", "representation-learning"],
  },
  "title-family-wins": {
    title: "ResNets Strike Back for Dense Prediction",
    abstract: "Attention dominates dense prediction today. We go back to residual CNNs and tune their recipe, closing the gap to transformers.",
    facet: "architecture",
    equals: ["convolutional"],
  },
  "strongest-family": {
    title: "Long Sequence Modelling Made Simple",
    abstract:
      "We propose a selective state space model. The state space layer is recurrent at inference and parallel in training; our state space model scales linearly.",
    facet: "architecture",
    equals: ["state-space"],
  },
  "no-attention-own-family": {
    title: "A Multi-Band Discriminator for High-Fidelity Vocoders",
    abstract: "We propose a discriminator that judges sub-bands of the generated waveform separately, and train GAN vocoders with it for higher fidelity.",
    facet: "architecture",
    equals: ["convolutional"],
  },
  "attention-by-default": {
    title: "Yet Another Model",
    abstract: "We propose a model and test it on a few settings, where it does as well as the others.",
    facet: "architecture",
    equals: ["transformer"],
  },
  "survey-only": {
    title: "Efficient Transformers: A Survey",
    abstract: "We survey efficient attention mechanisms and propose a taxonomy of sparse, low-rank and kernel-based methods.",
    facet: "contribution",
    equals: ["survey"],
  },
  "toolkit-is-system": {
    title: "SpeechKit: An Open-Source Toolkit for Speech Recognition",
    abstract: "We present SpeechKit, an open-source toolkit for training and serving speech recognition models, with recipes for ten corpora.",
    facet: "contribution",
    equals: ["system"],
  },
  "benchmark-papers-propose-no-method": {
    title: "LongBench: A Multitask Benchmark for Long Context Understanding",
    abstract: "We introduce LongBench, a benchmark of 21 datasets across six task categories, and evaluate eight large language models on it.",
    facet: "contribution",
    equals: ["benchmark"],
  },
  "method-by-default": {
    title: "Yet Another Model",
    abstract: "A model is given and tested on a few settings, where it does as well as the others.",
    facet: "contribution",
    equals: ["method"],
  },
};

describe("labelling conventions, one named decision step each", () => {
  const names = Object.values(CONVENTIONS).flatMap((steps) => steps.map((s) => s.name));

  it("every convention has a case here, and every case a convention", () => {
    expect(Object.keys(CASES).sort()).toEqual([...names].sort());
  });

  it.each(Object.entries(CASES))("%s", (name, c) => {
    const result = classify({ title: c.title, abstract: c.abstract });
    const values = result[c.facet] as string[];
    if (c.equals) expect([...values].sort()).toEqual([...c.equals].sort());
    if (c.contains) expect(values).toEqual(expect.arrayContaining(c.contains));
    for (const v of c.lacks ?? []) expect(values).not.toContain(v);
    // A value a convention decides says so in its evidence, or carries the phrase that earned it.
    for (const e of result.evidence[c.facet]) expect(e.phrase.length).toBeGreaterThan(0);
  });
});
