import { describe, expect, it } from "vitest";
import { classify } from "@/lib/ingest/classify/classify";

const paper = (title: string, abstract: string) => classify({ title, abstract });

describe("facet classification", () => {
  it("does not take a contrasted mention as the paper's technique", () => {
    const result = paper(
      "Dense Attention for Long Documents",
      "Unlike linear attention, we keep full softmax attention and make it cheaper to train. Our model is compared with MoE baselines and outperforms them on long-document summarization.",
    );
    expect(result.technique).not.toContain("linear-attention");
    expect(result.technique).not.toContain("moe");
  });

  it("tags the technique the paper builds on, with the phrase as evidence", () => {
    const result = paper(
      "SwitchLM: Scaling Language Models with Sparse Experts",
      "We propose SwitchLM, a sparsely gated mixture-of-experts language model that routes each token to one expert. It reaches the perplexity of a dense model with a quarter of the compute.",
    );
    expect(result.technique).toContain("moe");
    expect(result.evidence.technique.find((e) => e.value === "moe")?.phrase).toMatch(/experts|mixture/i);
    expect(result.task).toContain("language-modeling");
    expect(result.domain).toContain("language");
  });

  it("leaves technique empty for a paper about accuracy alone", () => {
    const result = paper(
      "Better Segmentation Heads for Medical Images",
      "We present a segmentation head for transformer backbones that improves boundary accuracy on three medical image segmentation benchmarks.",
    );
    expect(result.technique).toEqual([]);
    expect(result.domain).toEqual(expect.arrayContaining(["biomedical"]));
    expect(result.task).toContain("segmentation");
  });

  it("keeps the parts of a multimodal paper", () => {
    const result = paper(
      "VidLang: Joint Video-Text Pre-training",
      "We present a video-language model that learns joint representations of video clips and their text captions, and evaluate it on text-to-video retrieval and video question answering.",
    );
    expect(result.domain).toEqual(expect.arrayContaining(["multimodal", "video", "language"]));
  });

  it("calls a model that interleaves convolution and attention hybrid, and not also transformer", () => {
    const result = paper(
      "ConvAttNet: Mixing Convolutions and Attention for Speech Recognition",
      "We propose ConvAttNet, which combines depthwise convolution modules with multi-head self-attention in every block. It lowers the word error rate on LibriSpeech.",
    );
    expect(result.architecture).toEqual(["hybrid"]);
    expect(result.task).toContain("speech-recognition");
    expect(result.domain).toEqual(["audio"]);
  });

  it("makes a survey only a survey, and a generic attention variant general", () => {
    const result = paper(
      "Efficient Transformers: A Survey",
      "We survey efficient attention mechanisms proposed for transformers, and organise them into a taxonomy of sparse, low-rank and kernel-based methods.",
    );
    expect(result.contribution).toEqual(["survey"]);
    expect(result.domain).toEqual(["general"]);
  });

  it("calls a generic model evaluated on several modalities' benchmarks general", () => {
    const result = paper(
      "Gated Mixers for Long Sequences",
      "We propose a gated sequence mixer built on linear attention. Our model matches Transformers on language modeling, speech recognition benchmarks and genomics classification.",
    );
    expect(result.domain).toEqual(["general"]);
    expect(result.technique).toContain("linear-attention");
  });

  it("does not call a long time series 'language modelling'", () => {
    const result = paper(
      "LongCast: Long-Range Forecasting of Sensor Streams",
      "We present LongCast, a transformer for long-range multivariate time series forecasting with long context windows.",
    );
    expect(result.domain).toEqual(["time-series"]);
    expect(result.task).toEqual(["forecasting"]);
  });

  it("gives a compressed BERT evaluated on understanding benchmarks classification, not language modelling", () => {
    const result = paper(
      "BiBERT: Accurate Fully Binarized BERT",
      "The large pre-trained BERT has achieved remarkable performance on NLP tasks but is computation and memory expensive. We propose BiBERT, a fully binarized BERT with a Bi-Attention structure and a Direction-Matching Distillation scheme. Extensive experiments show that BiBERT outperforms existing quantized BERTs on the NLP benchmark with 56x fewer FLOPs.",
    );
    expect(result.task).toEqual(["classification"]);
    expect(result.domain).toEqual(["language"]);
  });

  it("gives every value a reason and every required facet a value", () => {
    const result = paper("Yet Another Model", "We propose a model and test it.");
    for (const facet of ["domain", "task", "architecture", "contribution"] as const) expect(result[facet].length).toBeGreaterThan(0);
    for (const facet of ["domain", "task", "technique", "architecture", "contribution"] as const) {
      expect(result.evidence[facet].map((e) => e.value).sort()).toEqual([...result[facet]].sort());
    }
  });
});
